// How people talk to the skill in French: phrasings written apart from the model, each with the intent it must
// reach. Pain, injury and warning signs must all land.
import { INTENT } from '../../lambda/handlers/intents';
import type { Phrasing } from './phrasings';

const each = (intent: string, said: readonly string[]): Phrasing[] => said.map((s) => ({ said: s, intent }));

export const PAIN = each(INTENT.IT_HURTS, [
  'aïe aïe aïe',
  'ouille ça fait mal',
  "ça fait vraiment mal",
  "j'ai mal à la hanche",
  "j'ai mal au genou gauche",
  'ma jambe droite me fait très mal',
  "j'ai le pied tout engourdi",
  "j'ai des fourmillements dans le pied",
  'ça me brûle dans la jambe',
  'une douleur qui descend dans la jambe',
  'stop stop ça fait mal',
  "arrête j'ai trop mal",
  'mon dos me fait souffrir',
  "j'ai une crampe au mollet",
  'la douleur augmente encore',
  'ça me pince dans la fesse',
]);

export const INJURY = each(INTENT.INJURY, [
  'je viens de tomber',
  "j'ai failli tomber par terre",
  "j'ai la tête qui tourne un peu",
  "j'ai des vertiges maintenant",
  'je crois que je vais tomber',
  'quelque chose a craqué dans mon dos',
  'je crois que je me suis fait mal au dos',
  "je n'arrive plus à me relever du sol",
]);

export const WARNING = each(INTENT.WARNING_SIGN, [
  "je ne sens plus du tout l'aine",
  "j'ai l'entrejambe engourdi",
  "je n'arrive plus à retenir mon urine",
  'je ne contrôle plus bien ma vessie',
  'mes deux jambes sont très faibles',
  'je ne sens plus mes deux jambes',
  "j'ai des fourmillements dans les deux jambes",
  "j'ai une douleur à la poitrine",
]);

export const OTHER: Phrasing[] = [
  ...each(INTENT.START, ['allez on commence', "je suis prête à commencer", 'commence ma routine s\'il te plaît']),
  ...each(INTENT.NEXT, ['passe au suivant s\'il te plaît', 'le suivant s\'il te plaît']),
  ...each(INTENT.PAUSE, ['attends un petit instant', "j'ai besoin d'une petite pause"]),
  ...each(INTENT.SKIP, ['saute cet étirement', 'je ne veux pas faire cet étirement']),
  ...each(INTENT.GO_TO, ["va à l'exercice trois", "emmène-moi à l'exercice quatre"]),
  ...each(INTENT.SWITCH_SIDE, ["maintenant l'autre jambe", "passe à l'autre côté"]),
  ...each(INTENT.SIDE_ANSWER, ['gauche', 'le droit s\'il te plaît']),
  ...each(INTENT.CHAIR, ["je n'arrive plus à descendre par terre", 'je veux le faire assise sur une chaise']),
  ...each(INTENT.EASIER, ['rends-le un peu plus facile', 'celui-ci est difficile pour moi']),
  ...each(INTENT.EXPLAIN, ['explique-moi le pigeon', 'comment on fait cet exercice']),
  ...each(INTENT.WHY, ['à quoi sert cet étirement']),
  ...each(INTENT.SLOWER, ['parle un peu plus lentement']),
  ...each(INTENT.WHERE_AM_I, ["je suis à quel exercice là"]),
  ...each(INTENT.HOW_MANY_LEFT, ["combien d'exercices il me reste"]),
  ...each(INTENT.SET_HOLD, ['tiens soixante secondes']),
  ...each(INTENT.STOP, ['stop', "ça suffit pour aujourd'hui merci"]),
];

export const ELSEWHERE = each(INTENT.FALLBACK, ["quel temps fait-il aujourd'hui", 'mets de la musique', 'mets un minuteur de dix minutes', 'raconte-moi une blague']);

export const PHRASINGS: readonly Phrasing[] = [...PAIN, ...INJURY, ...WARNING, ...OTHER, ...ELSEWHERE];
