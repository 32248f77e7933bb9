/** Fictional names and words for the demo data set (no real people). */
export const FIRST_NAMES = ['Ada', 'Bruno', 'Chloé', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kaia', 'Liam', 'Maya', 'Noor', 'Oskar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tala', 'Umar', 'Vera', 'Wen', 'Ximena', 'Yusuf', 'Zoé'] as const;
export const LAST_NAMES = ['Andersen', 'Bianchi', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski', 'Laurent', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quispe', 'Rossi', 'Schmidt', 'Tanaka', 'Ueda', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zimmermann'] as const;
export const COMPANY_WORDS = ['Alder', 'Beacon', 'Cobalt', 'Drift', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Orchid', 'Pioneer'] as const;
export const COMPANY_SUFFIXES = ['Labs', 'Logistics', 'Studio', 'Foods', 'Systems', 'Partners', 'Health', 'Energy'] as const;
export const INDUSTRIES = ['software', 'logistics', 'retail', 'food', 'consulting', 'energy', 'media'] as const;
export const CITIES = [['Charlottetown', 'PE', 'CA'], ['Montréal', 'QC', 'CA'], ['Lyon', 'ARA', 'FR'], ['Hamburg', 'HH', 'DE'], ['Austin', 'TX', 'US'], ['Leeds', 'ENG', 'GB']] as const;
export const NOTE_TEXTS = ['Discussed pricing for the annual plan.', 'Asked for a demo of the scheduler.', 'Follow up after the trade show.', 'Needs approval from their finance team.', 'Interested in the AI chatbot add-on.', 'Prefers email over phone calls.'] as const;
export const TASK_TITLES = ['Send proposal', 'Prepare demo workspace', 'Review contract draft', 'Call back about onboarding', 'Update project plan', 'Write case study'] as const;
export const MESSAGE_TEXTS = ['Hi, is the Pro plan billed monthly?', 'Thanks for the quick answer!', 'Can we move our call to Thursday?', 'I sent the signed contract.', 'Where can I export my contacts?'] as const;
