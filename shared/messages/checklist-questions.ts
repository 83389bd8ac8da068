/**
 * The nine questions of the bond checklist, in English and German: each
 * question's label (also in the Checks sheet's header) and its help line.
 * Labels and help are apart so a bundle that needs only the headers leaves
 * the help out. Keyed by question, as headers are (tracker-layout.ts).
 */
import type { QuestionId } from '../checklist';
import type { Texts } from '../language';

export const QUESTION_LABELS: Record<QuestionId, Texts> = {
  qualities: {
    en: 'I am convinced of their qualities',
    de: 'Ich bin von den Qualitäten überzeugt',
  },
  trust: {
    en: 'They have my full trust',
    de: 'Die Person genießt mein volles Vertrauen',
  },
  expert: {
    en: 'I see them as an expert',
    de: 'Ich sehe sie als Expertin / Experten',
  },
  background: {
    en: 'I know their background',
    de: 'Ich kenne den Hintergrund',
  },
  coreBusiness: {
    en: 'I can describe their core business',
    de: 'Ich kann das Kerngeschäft beschreiben',
  },
  threeOffers: {
    en: 'I can name three of their offers',
    de: 'Mir fallen drei Angebote sofort ein',
  },
  family: {
    en: 'I know their family members’ names',
    de: 'Ich kenne die Namen der Familie',
  },
  lateCall: {
    en: 'I could call them at 10 pm',
    de: 'Ich könnte abends um 10 Uhr anrufen',
  },
  enjoyTime: {
    en: 'I enjoy our time together',
    de: 'Ich verbringe gern Zeit mit der Person',
  },
};

export const QUESTION_HELP: Record<QuestionId, Texts> = {
  qualities: {
    en: 'You would vouch for the quality of their work.',
    de: 'Sie würden für die Qualität der Arbeit einstehen.',
  },
  trust: {
    en: 'You trust them with your own clients and your name.',
    de: 'Sie vertrauen ihr Ihre Kunden und Ihren Namen an.',
  },
  expert: {
    en: 'In their field, they are the first person you would recommend.',
    de: 'In ihrem Fachgebiet ist sie Ihre erste Empfehlung.',
  },
  background: {
    en: 'Their experience, career and customer philosophy.',
    de: 'Erfahrung, Werdegang und Kundenphilosophie.',
  },
  coreBusiness: {
    en: 'You could explain to a client what they do and what sets them apart.',
    de: 'Sie könnten einem Kunden erklären, was sie tut und was sie auszeichnet.',
  },
  threeOffers: {
    en: 'Three products or services, right away, without looking.',
    de: 'Drei Produkte oder Dienstleistungen, sofort und ohne nachzusehen.',
  },
  family: {
    en: 'Personal anchors for conversation: partner, children.',
    de: 'Persönliche Gesprächsanker: Partner, Kinder.',
  },
  lateCall: {
    en: 'If you urgently needed something, without feeling uneasy.',
    de: 'Wenn Sie dringend etwas bräuchten, ohne sich unwohl zu fühlen.',
  },
  enjoyTime: {
    en: 'Networking time with them is a pleasure, not a duty.',
    de: 'Gemeinsame (Netzwerk-)Zeit ist eine Freude, keine Pflicht.',
  },
};
