// French as spoken to Alexa in France, and what Quebec adds to it.
import { INTENT } from '../../../lambda/handlers/intents';
import { SPELLED_NUMBERS } from '../numbers';
import type { LocalePhrases } from '../phrases';

/** French of France: the base of every French locale. Elided words are written out ("j'ai" as "je ai"). */
export const FR_FR: LocalePhrases = {
  language: 'fr',
  text: {
    elisions: [
      [/\bjusqu'/g, 'jusque '], [/\bqu'/g, 'que '], [/\bj'/g, 'je '], [/\bl'/g, 'le '], [/\bd'/g, 'de '], [/\bm'/g, 'me '],
      [/\bn'/g, 'ne '], [/\bs'/g, 'se '], [/\bt'/g, 'te '], [/\bc'/g, 'ce '],
    ],
    // A verb negated by "ne ... pas" is one word, so "je ne peux pas descendre" is not "je peux descendre".
    contractions: [[/\bne (\w+) (?:pas|plus|jamais)\b/g, '$1pas']],
    stopWords: new Set([
      'le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'a', 'au', 'aux', 'et', 'ou', 'je', 'me', 'moi', 'mon', 'ma', 'mes', 'tu',
      'te', 'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos', 'il', 'elle', 'on', 'ce', 'ca', 'cela', 'cet', 'cette', 'est', 'es',
      'vraiment', 'sont', 'ai', 'as', 'avez', 'en', 'y', 'que', 'qui', 'ne', 'tres', 'bien', 'alors', 'euh', 'hum', 'bon', 'ben', 'se',
      'plait', 'stp', 'svp', 'alexa', 'sur', 'dans', 'avec', 'pour', 'par',
    ]),
    stemEndings: /(ements|ement|ments|ment|ees|ee|es|er|ez|e|s|x)$/,
    foldAccents: true,
  },
  numbers: SPELLED_NUMBERS.fr,
  numberArticles: ['un', 'une'],
  builtIns: {
    [INTENT.NEXT]: ['suivant', 'le suivant', 'la suite', 'on passe à la suite', 'prochain', 'le prochain', 'après', 'et après'],
    [INTENT.PREVIOUS]: ['précédent', 'le précédent', 'retour', 'reviens en arrière', 'en arrière', 'recule', "l'exercice d'avant"],
    [INTENT.REPEAT]: ['répète', "répète s'il te plaît", 'répétez', 'encore une fois', 'redis-le', 'tu peux répéter', 'pardon', 'quoi', 'comment'],
    [INTENT.PAUSE]: ['pause', 'mets en pause', 'fais une pause', 'attends', 'attends un peu', 'une seconde', 'un instant', 'deux secondes'],
    [INTENT.RESUME]: ['reprends', 'reprendre', 'continue', 'continuer', 'on continue', 'on reprend', 'reprise', 'vas-y continue'],
    [INTENT.START_OVER]: ['recommence', 'recommencer', 'depuis le début', 'on recommence', 'reprends depuis le début', 'reprends du début', 'recommence du début'],
    [INTENT.YES]: ['oui', 'ouais', "d'accord", 'ok', 'okay', 'bien sûr', "oui s'il te plaît", 'volontiers', 'vas-y', 'allez', 'carrément', 'ça marche', 'avec plaisir', 'absolument'],
    [INTENT.NO]: ['non', 'non merci', 'pas maintenant', "pas aujourd'hui", 'plus tard', 'pas vraiment', 'non pas maintenant'],
    [INTENT.HELP]: ['aide', 'aide-moi', "à l'aide", "qu'est-ce que je peux dire", 'que puis-je dire', "qu'est-ce que je peux faire", 'comment ça marche'],
    [INTENT.STOP]: ['stop', 'arrête', 'arrête-toi', 'au revoir', 'quitte', 'quitter', 'ça suffit', "c'est fini", 'termine', 'tais-toi', 'fin', 'arrête la routine'],
    [INTENT.CANCEL]: ['annule', 'annuler', 'laisse tomber', 'oublie', 'oublie ça'],
    [INTENT.NAVIGATE_HOME]: ['accueil', "retour à l'accueil", "écran d'accueil", 'menu principal'],
  },
  launchVerbs: ['ouvre', 'ouvrir', 'lance', 'lancer', 'démarre', 'démarrer', 'commence', 'joue', 'utilise', 'charge'],
  askVerbs: ['demande à', 'demande au', 'dis à', 'dis'],
  askConnectors: ['de', 'si', 'que', 'pour'],
  launchConnectors: ['et', 'pour'],
  wakeWord: 'alexa',
  determiners: ['ma', 'la', 'mon'],
  safetyWords: [
    "j'ai mal", 'fait mal', 'font mal', 'mal au', 'mal aux', 'aïe', 'ouille', 'douleur', 'douleurs', 'vive', 'éclair', 'me lance', 'brûle',
    'fourmillements', 'fourmille', 'fourmis', 'engourdi', 'engourdie', 'engourdis', 'engourdies', 'picotements', 'picote', 'crampe',
    'me tue', "c'est trop", 'empire', 'la douleur augmente', 'la faiblesse augmente', 'faible', 'faibles', 'faiblesse', 'tire trop',
    'pince', 'torture', 'décharge', 'désagréable', 'inconfortable', 'gêne', 'tombé', 'tombée', 'tombe', 'tomber', 'glissé', 'trébuché',
    'équilibre', 'relever', 'coincé', 'coincée', 'tourne', 'vertige', 'vertiges', 'évanouir', 'pommes', 'nausée', 'vomir', 'craqué',
    'craquement', 'claqué', 'claquement', 'blessé', 'blessée', 'tordu', 'cogné', 'cognée', 'froissé', 'aine', 'parties intimes',
    'vessie', 'pipi', 'entrejambe', 'uriner', 'urinaires', 'selles', 'culotte', 'deux jambes', 'lâchent', 'dérobent', 'traîne', 'poitrine', 'respirer',
  ],
  wordSlotTypes: ['BodyPart'],
  idioms: {},
  invocation: {
    letters: "a-zàâçéèêëîïôûùüÿœæ'.",
    launchWords: ['ouvre', 'ouvrir', 'lance', 'lancer', 'démarre', 'démarrer', 'commence', 'commencer', 'demande', 'dis', 'joue', 'active', 'utilise', 'charge'],
    twoWordForbidden: ['le', 'la', 'les', 'un', 'une', 'de', 'du', 'des', 'pour', 'à', 'au', 'mon', 'ma', 'mes'],
  },
  examples: {
    launchVerbs: ['ouvre', 'lance', 'demande à', 'démarre', 'commence', 'dis à'],
    connectors: ['de', 'si', 'que', 'pour'],
    connectorOptional: true,
  },
  disclaimer: /ne remplace pas un avis médical professionnel/i,
};

/** Quebec French: the same, and "ayoye" for pain. */
export const FR_CA: LocalePhrases = { ...FR_FR, safetyWords: [...FR_FR.safetyWords, 'ayoye'] };
