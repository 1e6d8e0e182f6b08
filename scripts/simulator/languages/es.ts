// Spanish as spoken to Alexa in Spain, and what Mexico and the United States add to it.
import { INTENT } from '../../../lambda/handlers/intents';
import { SPELLED_NUMBERS } from '../numbers';
import type { LocalePhrases } from '../phrases';

/** Spanish of Spain: the base of every Spanish locale. */
export const ES_ES: LocalePhrases = {
  language: 'es',
  text: {
    elisions: [],
    // A negated verb is one word, so "no quiero hacer este" is not "quiero hacer".
    contractions: [[/\bno (\w+)/g, 'no$1']],
    stopWords: new Set([
      'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'a', 'al', 'y', 'o', 'que', 'me', 'mi', 'mis', 'te',
      'tu', 'tus', 'se', 'lo', 'le', 'en', 'con', 'por', 'favor', 'es', 'esta', 'este', 'esto', 'eso', 'ese', 'esa',
      'soy', 'muy', 'ya', 'pues', 'eh', 'em', 'bueno', 'vale', 'ahora', 'aqui', 'hay', 'poco', 'poquito', 'alexa', 'yo', 'su',
      'para', 'siento', 'noto', 'tengo', 'he', 'ha', 'mas', 'hoy',
    ]),
    stemEndings: /(mente|ando|iendo|ados|adas|idos|idas|ado|ada|ido|ida|es|s|n)$/,
    foldAccents: true,
  },
  numbers: SPELLED_NUMBERS.es,
  numberArticles: ['un', 'una', 'uno'],
  builtIns: {
    [INTENT.NEXT]: ['siguiente', 'el siguiente', 'proximo', 'el proximo', 'adelante', 'sigue adelante', 'avanza', 'que sigue'],
    [INTENT.PREVIOUS]: ['anterior', 'el anterior', 'atras', 'vuelve atras', 'regresa', 'retrocede', 'el de antes'],
    [INTENT.REPEAT]: ['repite', 'repitelo', 'repite eso', 'repite por favor', 'otra vez', 'dilo otra vez', 'que dijiste', 'como dices', 'puedes repetir'],
    [INTENT.PAUSE]: ['pausa', 'pon pausa', 'pausar', 'espera', 'espera un momento', 'un momento', 'un segundo', 'para un momento', 'dame un minuto', 'descanso'],
    [INTENT.RESUME]: ['continua', 'continuar', 'sigue', 'seguir', 'reanuda', 'reanudar', 'sigamos', 'continua la rutina', 'sigue donde lo deje'],
    [INTENT.START_OVER]: ['empieza de nuevo', 'empezar de nuevo', 'vuelve a empezar', 'desde el principio', 'reinicia', 'reiniciar', 'otra vez desde el principio', 'desde el inicio'],
    [INTENT.YES]: ['si', 'claro', 'vale', 'de acuerdo', 'si por favor', 'por supuesto', 'venga', 'orale', 'sale', 'ok', 'okey', 'va', 'bueno', 'perfecto'],
    [INTENT.NO]: ['no', 'no gracias', 'ahora no', 'todavia no', 'hoy no', 'no por ahora', 'mejor no'],
    [INTENT.HELP]: ['ayuda', 'ayudame', 'que puedo decir', 'que puedo hacer', 'cuales son mis opciones', 'necesito ayuda', 'como funciona esto'],
    [INTENT.STOP]: ['para', 'detente', 'basta', 'ya basta', 'adios', 'sal', 'salir', 'termina', 'terminar', 'ya esta', 'suficiente', 'stop', 'para la rutina', 'callate'],
    [INTENT.CANCEL]: ['cancela', 'cancelar', 'olvidalo', 'dejalo', 'no importa'],
    [INTENT.NAVIGATE_HOME]: ['inicio', 've al inicio', 'pantalla de inicio', 'menu principal'],
  },
  launchVerbs: ['abre', 'abrir', 'inicia', 'iniciar', 'empieza', 'comienza', 'lanza', 'ejecuta', 'carga', 'pon', 'usa', 'arranca'],
  askVerbs: ['pide a', 'pidele a', 'pregunta a', 'preguntale a', 'dile a', 'dile'],
  askConnectors: ['que', 'si', 'sobre', 'por', 'acerca de'],
  launchConnectors: ['y', 'para'],
  wakeWord: 'alexa',
  determiners: ['mi', 'la'],
  safetyWords: [
    'duele', 'duelen', 'dolor', 'dolores', 'doliendo', 'ay', 'auch', 'daño', 'agudo', 'punzante', 'pinchazo', 'pincha', 'quema', 'arde',
    'ardor', 'hormigueo', 'hormiguea', 'calambre', 'matando', 'es demasiado', 'molesta', 'empeora', 'va a más', 'caí', 'caído', 'caigo',
    'caer', 'resbalé', 'resbalado', 'tropecé', 'perdí el equilibrio', 'perdido el equilibrio', 'mareado', 'mareada', 'mareo', 'mareé',
    'desmayar', 'desmayo', 'da vueltas', 'crujido', 'crujió', 'chasquido', 'algo sonó', 'lastimé', 'lastimado', 'lesioné', 'torcí',
    'golpeé', 'golpe', 'tirón', 'ingle', 'vejiga', 'pis', 'pipí', 'orinar', 'orina', 'intestino', 'débil', 'débiles', 'debilidad',
    'dos piernas', 'ambas piernas', 'dormido', 'dormida', 'dormidos', 'dormidas', 'duerme', 'duermen', 'durmió', 'durmiendo',
    'adormecida', 'adormecido', 'fallan', 'pellizca', 'pellizco', 'agonía', 'descarga', 'calambrazo', 'incómodo', 'náuseas', 'vomitar',
    'caca', 'popó', 'arrastra', 'levantar el pie', 'pecho', 'respirar',
  ],
  wordSlotTypes: ['BodyPart'],
  idioms: {},
  invocation: {
    letters: "a-záéíóúüñ'.",
    launchWords: ['abre', 'abrir', 'inicia', 'iniciar', 'empieza', 'empezar', 'comienza', 'lanza', 'pide', 'pregunta', 'dile', 'juega', 'ejecuta', 'carga', 'pon', 'activa', 'habilita'],
    twoWordForbidden: ['el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'para', 'a', 'al', 'mi', 'en', 'con', 'por'],
  },
  examples: {
    launchVerbs: ['abre', 'pide a', 'pregunta a', 'inicia', 'empieza', 'dile a', 'lanza', 'comienza'],
    connectors: ['que', 'si', 'sobre', 'por'],
    connectorOptional: true,
  },
  disclaimer: /no sustituye el consejo médico profesional/i,
};

/** Mexican Spanish: the same, with "ahorita", "tantito" and "bien feo". */
export const ES_MX: LocalePhrases = { ...ES_ES, safetyWords: [...ES_ES.safetyWords, 'feo'] };

/** Spanish in the United States speaks to Alexa as Mexican Spanish does. */
export const ES_US: LocalePhrases = ES_MX;
