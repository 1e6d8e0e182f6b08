// How people talk to the skill in Spanish: phrasings written apart from the model, each with the intent it must
// reach. Pain, injury and warning signs must all land.
import { INTENT } from '../../lambda/handlers/intents';
import type { Phrasing } from './phrasings';

const each = (intent: string, said: readonly string[]): Phrasing[] => said.map((s) => ({ said: s, intent }));

export const PAIN = each(INTENT.IT_HURTS, [
  'ay ay ay',
  'ay eso duele mucho',
  'uf me duele',
  'me duele muchísimo',
  'esto me hace mucho daño',
  'me duele la cadera',
  'me duele la rodilla izquierda',
  'me duele mucho la pierna derecha',
  'tengo el pie dormido otra vez',
  'me hormiguean los dedos',
  'siento como un ardor en la pierna',
  'un dolor que baja por la pierna',
  'me dio un pinchazo en la cadera',
  'para para que duele',
  'me está matando la pierna',
  'tengo un calambre en el gemelo',
  'el dolor va cada vez a más',
  'me molesta mucho el glúteo',
]);

export const INJURY = each(INTENT.INJURY, [
  'me acabo de caer',
  'casi me caigo al suelo',
  'estoy muy mareado',
  'me siento un poco mareada',
  'todo me da vueltas ahora',
  'creo que me voy a caer',
  'algo ha crujido en la espalda',
  'creo que me he hecho daño en la espalda',
  'no puedo levantarme del suelo ahora',
]);

export const WARNING = each(INTENT.WARNING_SIGN, [
  'tengo la ingle dormida desde hace un rato',
  'no siento nada en la zona de la ingle',
  'no puedo aguantar la orina',
  'me he orinado encima',
  'no controlo bien la vejiga',
  'las dos piernas se me han quedado débiles',
  'ya no siento ninguna de las dos piernas',
  'tengo hormigueo en ambas piernas',
]);

export const OTHER: Phrasing[] = [
  ...each(INTENT.START, ['venga empecemos ya', 'ya estoy lista para empezar', 'empieza mi rutina por favor']),
  ...each(INTENT.NEXT, ['pasa al siguiente por favor', 'el siguiente por favor']),
  ...each(INTENT.PAUSE, ['espera un momentito', 'necesito un descanso corto']),
  ...each(INTENT.SKIP, ['sáltate este ejercicio', 'no quiero hacer este estiramiento']),
  ...each(INTENT.GO_TO, ['ve al ejercicio tres', 'llévame al ejercicio cuatro']),
  ...each(INTENT.SWITCH_SIDE, ['ahora la otra pierna', 'cambia al otro lado']),
  ...each(INTENT.SIDE_ANSWER, ['izquierdo', 'el derecho por favor']),
  ...each(INTENT.CHAIR, ['no puedo bajar al suelo ya', 'quiero hacerlo sentada en una silla']),
  ...each(INTENT.EASIER, ['hazlo un poco más fácil', 'es muy difícil para mí este']),
  ...each(INTENT.EXPLAIN, ['explícame la paloma', 'cómo se hace este ejercicio']),
  ...each(INTENT.WHY, ['para qué sirve este estiramiento']),
  ...each(INTENT.SLOWER, ['habla un poco más despacio']),
  ...each(INTENT.WHERE_AM_I, ['en qué ejercicio estoy ahora']),
  ...each(INTENT.HOW_MANY_LEFT, ['cuántos ejercicios me quedan']),
  ...each(INTENT.SET_HOLD, ['aguanta sesenta segundos']),
  ...each(INTENT.STOP, ['para', 'basta ya por hoy']),
];

export const ELSEWHERE = each(INTENT.FALLBACK, ['qué tiempo hace hoy', 'pon música', 'pon un temporizador de diez minutos', 'cuéntame un chiste']);

export const PHRASINGS: readonly Phrasing[] = [...PAIN, ...INJURY, ...WARNING, ...OTHER, ...ELSEWHERE];
