// German as spoken to Alexa in Germany.
import { INTENT } from '../../../lambda/handlers/intents';
import { SPELLED_NUMBERS } from '../numbers';
import type { LocalePhrases } from '../phrases';

/** German of Germany. Umlauts are folded, so a typed "uber" is "über". */
export const DE_DE: LocalePhrases = {
  language: 'de',
  text: {
    elisions: [],
    contractions: [],
    stopWords: new Set([
      'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'zu', 'zum', 'zur', 'ich',
      'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'du', 'dich', 'dir', 'dein', 'deine', 'es', 'ist', 'bin', 'bist',
      'sind', 'hab', 'habe', 'hat', 'haben', 'im', 'in', 'am', 'an', 'auf', 'mit', 'von', 'vom', 'fur', 'bitte', 'mal', 'doch', 'so',
      'sehr', 'gerade', 'jetzt', 'alexa', 'ah', 'ahm', 'hm', 'also', 'noch', 'schon', 'gerne', 'einfach', 'wirklich', 'echt', 'da', 'hier',
      'okay', 'ok', 'dann', 'wir', 'uns', 'klein', 'kleinen', 'kleines', 'bisschen', 'wenig',
    ]),
    stemEndings: /(ungen|ung|en|er|es|em|e|n|s|t)$/,
    foldAccents: true,
  },
  numbers: SPELLED_NUMBERS.de,
  numberArticles: ['ein', 'eine', 'eins'],
  builtIns: {
    [INTENT.NEXT]: ['weiter', 'nächste', 'die nächste', 'nächste bitte', 'vorwärts', 'was kommt als nächstes', 'als nächstes', "weiter geht's"],
    [INTENT.PREVIOUS]: ['zurück', 'vorherige', 'die vorherige', 'eins zurück', 'geh zurück'],
    [INTENT.REPEAT]: ['wiederhole', 'wiederholen', 'wiederhol das', 'noch mal', 'nochmal', 'noch einmal', 'wie bitte', 'was hast du gesagt', 'sag das noch mal', 'bitte wiederholen'],
    [INTENT.PAUSE]: ['pause', 'pausiere', 'pausieren', 'warte', 'warte mal', 'moment', 'einen moment', 'kurz warten', 'mach pause', 'gib mir einen augenblick'],
    [INTENT.RESUME]: ['fortsetzen', 'fortfahren', 'mach weiter', 'weitermachen', 'setz fort', 'mach da weiter wo ich war'],
    [INTENT.START_OVER]: ['von vorne', 'von vorn', 'neu starten', 'neu beginnen', 'noch mal von vorne', 'fang von vorne an', 'von anfang an', 'starte neu'],
    [INTENT.YES]: ['ja', 'jawohl', 'klar', 'okay', 'ok', 'gerne', 'ja bitte', 'genau', 'na klar', 'sicher', 'auf jeden fall', 'gut', 'einverstanden', 'machen wir'],
    [INTENT.NO]: ['nein', 'nee', 'nö', 'nein danke', 'jetzt nicht', 'lieber nicht', 'heute nicht', 'eher nicht'],
    [INTENT.HELP]: ['hilfe', 'hilf mir', 'was kann ich sagen', 'was kann ich tun', 'welche möglichkeiten habe ich', 'ich brauche hilfe', 'wie funktioniert das'],
    [INTENT.STOP]: ['stopp', 'stop', 'beenden', 'beende', 'tschüss', 'aufhören', 'hör auf', 'schluss', 'genug', 'das reicht', 'ende', 'sei still', 'beende die routine'],
    [INTENT.CANCEL]: ['abbrechen', 'abbruch', 'vergiss es', 'schon gut', 'lass es'],
    [INTENT.NAVIGATE_HOME]: ['startseite', 'zur startseite', 'home', 'startbildschirm', 'hauptmenü'],
  },
  launchVerbs: ['öffne', 'öffnen', 'starte', 'starten', 'beginne', 'lade', 'aktiviere', 'spiele'],
  askVerbs: ['frag', 'frage', 'sag', 'sage', 'bitte'],
  askConnectors: ['nach', 'ob', 'dass', 'zu', 'um'],
  launchConnectors: ['und'],
  wakeWord: 'alexa',
  determiners: ['meine', 'die'],
  safetyWords: [
    'weh', 'wehtut', 'schmerz', 'schmerzen', 'schmerzt', 'au', 'aua', 'autsch', 'sticht', 'stechend', 'stechender', 'brennt',
    'einschießender', 'schießt', 'kribbelt', 'kribbeln', 'ameisenlaufen', 'eingeschlafen', 'taub', 'taubheit', 'krampf', 'bringt mich um',
    'zu viel', 'halte das nicht aus', 'schlimmer', 'zwickt', 'unangenehm', 'stromschlag', 'gefallen', 'hingefallen', 'falle', 'gestürzt',
    'ausgerutscht', 'gestolpert', 'gleichgewicht', 'schwindlig', 'schwindelig', 'dreht sich', 'ohnmächtig', 'kippe', 'übel', 'übergeben',
    'mir ist schlecht', 'geknackt', 'knacken', 'geknallt', 'verletzt', 'verdreht', 'umgeknickt', 'gestoßen', 'gezerrt', 'zerrung',
    'im schritt', 'intimbereich', 'blase', 'pinkeln', 'urin', 'wasserlassen', 'hose gemacht', 'stuhlgang', 'darm', 'eingekotet',
    'beide beine', 'beiden beinen', 'schwach', 'schwächer', 'schwäche', 'brust', 'brustschmerzen', 'atmen', 'luft', 'schleift',
  ],
  wordSlotTypes: ['BodyPart'],
  idioms: {},
  invocation: {
    letters: "a-zäöüß'.",
    launchWords: ['öffne', 'öffnen', 'starte', 'starten', 'beginne', 'frage', 'frag', 'sage', 'sag', 'spiele', 'spiel', 'lade', 'aktiviere', 'bitte'],
    twoWordForbidden: ['der', 'die', 'das', 'ein', 'eine', 'für', 'zu', 'von', 'mein', 'meine', 'mit', 'im'],
  },
  examples: {
    launchVerbs: ['öffne', 'starte', 'frag', 'frage', 'sag', 'sage', 'beginne', 'lade'],
    connectors: ['nach', 'ob', 'dass', 'und', 'zu', 'um'],
    connectorOptional: true,
  },
  disclaimer: /ersetzt keine professionelle ärztliche Beratung/i,
};
