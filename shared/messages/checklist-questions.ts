/**
 * The nine questions of the bond checklist, in English and German: each
 * question's label (also in the Checks sheet's header) and its help line.
 * Labels and help are apart so a bundle that needs only the headers leaves
 * the help out.
 */
import type { QuestionId } from '../checklist';
import type { Language } from '../language';

export const QUESTION_LABELS: Record<Language, Record<QuestionId, string>> = {
  en: {
    qualities: 'I am convinced of their qualities',
    trust: 'They have my full trust',
    expert: 'I see them as an expert',
    background: 'I know their background',
    coreBusiness: 'I can describe their core business',
    threeOffers: 'I can name three of their offers',
    family: 'I know their family members’ names',
    lateCall: 'I could call them at 10 pm',
    enjoyTime: 'I enjoy our time together',
  },
  de: {
    qualities: 'Ich bin von den Qualitäten überzeugt',
    trust: 'Die Person genießt mein volles Vertrauen',
    expert: 'Ich sehe sie als Expertin / Experten',
    background: 'Ich kenne den Hintergrund',
    coreBusiness: 'Ich kann das Kerngeschäft beschreiben',
    threeOffers: 'Mir fallen drei Angebote sofort ein',
    family: 'Ich kenne die Namen der Familie',
    lateCall: 'Ich könnte abends um 10 Uhr anrufen',
    enjoyTime: 'Ich verbringe gern Zeit mit der Person',
  },
};

export const QUESTION_HELP: Record<Language, Record<QuestionId, string>> = {
  en: {
    qualities: 'You would vouch for the quality of their work.',
    trust: 'You trust them with your own clients and your name.',
    expert: 'In their field, they are the first person you would recommend.',
    background: 'Their experience, career and customer philosophy.',
    coreBusiness: 'You could explain to a client what they do and what sets them apart.',
    threeOffers: 'Three products or services, right away, without looking.',
    family: 'Personal anchors for conversation: partner, children.',
    lateCall: 'If you urgently needed something, without feeling uneasy.',
    enjoyTime: 'Networking time with them is a pleasure, not a duty.',
  },
  de: {
    qualities: 'Sie würden für die Qualität der Arbeit einstehen.',
    trust: 'Sie vertrauen ihr Ihre Kunden und Ihren Namen an.',
    expert: 'In ihrem Fachgebiet ist sie Ihre erste Empfehlung.',
    background: 'Erfahrung, Werdegang und Kunden-Philosophie.',
    coreBusiness: 'Sie könnten einem Kunden erklären, was sie tut und was sie auszeichnet.',
    threeOffers: 'Drei Produkte oder Dienstleistungen, sofort und ohne nachzusehen.',
    family: 'Persönliche Gesprächsanker: Partner, Kinder.',
    lateCall: 'Wenn Sie dringend etwas bräuchten, ohne sich unwohl zu fühlen.',
    enjoyTime: 'Gemeinsame (Netzwerk-)Zeit ist eine Freude, keine Pflicht.',
  },
};
