/**
 * Word lists. Nothing here is random: the generators pick from these lists with a seeded PRNG.
 *
 * Origins:
 * - FIXTURE_*: the Salesforce sample data in ../shared/fixtures/salesforce/sample-data
 *   (trailheadapps/lwc-recipes and trailheadapps/ebikes-lwc, CC0-1.0) and the picklists of the
 *   describes in ../shared/fixtures/salesforce/describe (SFDO-Tooling/CumulusCI, BSD-3-Clause).
 * - FAKER_* and the job/catch-phrase/buzz lists: a fixed subset of @faker-js/faker 10's `en` locale
 *   (MIT). Copied rather than imported because faker 10 is ESM-only and this repo's jest runs CommonJS,
 *   and because picking from arrays is far faster than reseeding faker per record.
 * - The rest (cities, phone formats, subjects, ...) written for this generator.
 * All of it is plain ASCII with no commas, double quotes or line breaks: awkward values come only
 * from awkward.ts, at known positions.
 */

/** Accounts of the sample data (lwc-recipes Accounts.json, ebikes-lwc Accounts.json). */
export const FIXTURE_ACCOUNTS: readonly {
	name: string;
	type: string;
	phone: string | null;
	street?: string;
	city?: string;
	state?: string;
	postalCode?: string;
	country?: string;
}[] = [
	{ name: 'Alpha Dynamics', type: 'Technology Partner', phone: '3362227000' },
	{ name: 'Madison Investments', type: 'Customer - Direct', phone: '7227003362' },
	{ name: 'Burlington Textiles', type: 'Customer - Direct', phone: '6179658855' },
	{ name: 'GenePoint', type: 'Customer - Direct', phone: '7819662255' },
	{ name: 'OpenFloor Furniture', type: 'Customer - Direct', phone: '9782554185' },
	{ name: 'Express Logistics', type: 'Customer - Direct', phone: '6175289966' },
	{ name: 'Jefferson Management', type: 'Customer - Direct', phone: '6179658877' },
	{ name: 'Northern Trail Travel', type: 'Customer - Direct', phone: '9782551474' },
	{ name: 'United Productions', type: 'Customer - Direct', phone: '6178524569' },
	{ name: 'Edge Communications', type: 'Customer - Direct', phone: '4158563255' },
	{ name: 'Wheelworks', type: 'Customer - Channel', phone: null, street: '480 Trapelo Road', city: 'Belmont', state: 'MA', postalCode: '02478', country: 'USA' },
	{ name: 'Northern Trail Cycling', type: 'Customer - Channel', phone: null, street: '415 Mission St', city: 'San Francisco', state: 'CA', postalCode: '94105', country: 'USA' },
	{ name: 'Trailblazers', type: 'Customer - Channel', phone: null, street: '1095 Avenue of the Americas', city: 'New York', state: 'NY', postalCode: '10036', country: 'USA' },
];

/** People of lwc-recipes Contacts.json. */
export const FIXTURE_FIRST_NAMES: readonly string[] = ['Amy', 'Jennifer', 'Caroline', 'Michael', 'Anup', 'Jonathan'];
export const FIXTURE_LAST_NAMES: readonly string[] = ['Taylor', 'Wu', 'Kingsley', 'Jones', 'Gupta', 'Bradley'];
export const FIXTURE_TITLES: readonly string[] = [
	'VP of Engineering', 'CEO', 'VP of Technology', 'VP of Sales', 'VP of Products', 'VP of Operations',
];

/** Opportunity names of lwc-recipes Opportunities.json. */
export const FIXTURE_OPPORTUNITY_NAMES: readonly string[] = [
	'Cloud Platform Expansion', 'Enterprise License Renewal', 'Digital Transformation Initiative',
	'API Integration Project', 'Office Furniture Refresh', 'Logistics Automation Suite',
	'Portfolio Management Upgrade', 'Travel Booking Platform', 'Video Production Package',
	'Unified Communications Deal', 'Security Assessment Engagement', 'Supply Chain Optimization',
	'Collaboration Tools Rollout', 'Data Analytics Platform', 'Compliance Audit Services',
	'Genomics Research License', 'Loyalty Program Redesign', 'Fleet Tracking Solution',
	'Streaming Infrastructure Deal', 'Customer Support Platform',
];

/** Second words of company names, in the style of the sample accounts. */
export const COMPANY_CORES: readonly string[] = [
	'Dynamics', 'Investments', 'Textiles', 'Furniture', 'Logistics', 'Management', 'Travel',
	'Productions', 'Communications', 'Cycling', 'Works', 'Systems', 'Analytics', 'Labs', 'Health',
	'Energy', 'Foods', 'Media', 'Partners', 'Holdings', 'Robotics', 'Software', 'Networks', 'Motors',
	'Pharma', 'Capital', 'Consulting', 'Outfitters', 'Supply', 'Solutions', 'Industries', 'Brewing',
	'Apparel', 'Aerospace', 'Insurance', 'Realty', 'Studios', 'Biotech', 'Freight', 'Hospitality',
];
export const COMPANY_PREFIXES: readonly string[] = [
	'Alpha', 'Madison', 'Burlington', 'Gene', 'OpenFloor', 'Express', 'Jefferson', 'Northern Trail',
	'United', 'Edge', 'Wheel', 'Trail', 'Blue Ridge', 'Summit', 'Cascade', 'Pioneer', 'Silver Lake',
	'Red Rock', 'Harbor', 'Evergreen', 'Keystone', 'Granite', 'Lakeside', 'Meridian', 'Apex',
	'Beacon', 'Crescent', 'Falcon', 'Golden Gate', 'Horizon', 'Ironwood', 'Juniper', 'Liberty',
	'Maple', 'Nova', 'Orion', 'Pacific', 'Quantum', 'Riverbend', 'Sterling', 'Titan', 'Vertex',
	'Westfield', 'Zenith',
];
export const COMPANY_SUFFIXES: readonly string[] = ['', '', '', 'Inc.', 'LLC', 'Group', 'Ltd', 'Corp.', 'GmbH', 'Co.'];

export const FREE_EMAIL_DOMAINS: readonly string[] = ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com'];
export const TOP_LEVEL_DOMAINS: readonly string[] = ['com', 'com', 'com', 'net', 'org', 'io', 'co.uk', 'de'];

/** City, state, postal code, country, latitude, longitude (the three fixture addresses first). */
export const CITIES: readonly (readonly [string, string | null, string, string, number, number])[] = [
	['Belmont', 'MA', '02478', 'USA', 42.3959, -71.1787],
	['San Francisco', 'CA', '94105', 'USA', 37.7897, -122.3942],
	['New York', 'NY', '10036', 'USA', 40.7592, -73.9845],
	['Boston', 'MA', '02110', 'United States', 42.3572, -71.0519],
	['Chicago', 'IL', '60601', 'United States', 41.8857, -87.6225],
	['Austin', 'TX', '78701', 'US', 30.2711, -97.7437],
	['Seattle', 'WA', '98101', 'USA', 47.6101, -122.3364],
	['Denver', 'CO', '80202', 'USA', 39.7527, -104.9992],
	['Atlanta', 'GA', '30303', 'United States', 33.7529, -84.3925],
	['Miami', 'FL', '33131', 'USA', 25.7663, -80.1917],
	['Phoenix', 'AZ', '85004', 'US', 33.4515, -112.0686],
	['Portland', 'OR', '97204', 'USA', 45.5183, -122.6781],
	['Minneapolis', 'MN', '55402', 'USA', 44.9759, -93.2716],
	['Nashville', 'TN', '37203', 'United States', 36.1502, -86.7937],
	['Salt Lake City', 'UT', '84111', 'USA', 40.7563, -111.8865],
	['San Diego', 'CA', '92101', 'USA', 32.7197, -117.1628],
	['Raleigh', 'NC', '27601', 'US', 35.7730, -78.6386],
	['Columbus', 'OH', '43215', 'USA', 39.9653, -83.0062],
	['Pittsburgh', 'PA', '15222', 'USA', 40.4470, -79.9959],
	['Kansas City', 'MO', '64105', 'United States of America', 39.1024, -94.5838],
	['Toronto', 'ON', 'M5H 2N2', 'Canada', 43.6503, -79.3834],
	['Vancouver', 'BC', 'V6B 1A1', 'Canada', 49.2812, -123.1091],
	['Montreal', 'QC', 'H2Y 1C6', 'Canada', 45.5048, -73.5543],
	['London', null, 'EC1A 1BB', 'United Kingdom', 51.5202, -0.0979],
	['Manchester', null, 'M1 1AE', 'UK', 53.4794, -2.2453],
	['Dublin', null, 'D02 X285', 'Ireland', 53.3438, -6.2546],
	['Berlin', 'Berlin', '10115', 'Germany', 52.5323, 13.3846],
	['Munich', 'Bavaria', '80331', 'Germany', 48.1374, 11.5755],
	['Paris', null, '75001', 'France', 48.8625, 2.3364],
	['Amsterdam', 'NH', '1012 JS', 'Netherlands', 52.3731, 4.8922],
	['Zurich', 'ZH', '8001', 'Switzerland', 47.3717, 8.5423],
	['Stockholm', null, '111 52', 'Sweden', 59.3326, 18.0649],
	['Sydney', 'NSW', '2000', 'Australia', -33.8688, 151.2093],
	['Melbourne', 'VIC', '3000', 'Australia', -37.8136, 144.9631],
	['Auckland', null, '1010', 'New Zealand', -36.8485, 174.7633],
	['Tokyo', 'Tokyo', '100-0005', 'Japan', 35.6812, 139.7671],
	['Singapore', null, '018989', 'Singapore', 1.2834, 103.8607],
	['Sao Paulo', 'SP', '01310-100', 'Brazil', -23.5614, -46.6559],
	['Mexico City', 'CDMX', '06000', 'Mexico', 19.4326, -99.1332],
	['Bangalore', 'KA', '560001', 'India', 12.9716, 77.5946],
];

/** Phone formats: `#` is replaced by a digit. Salesforce stores phone numbers as typed. */
export const PHONE_FORMATS: readonly string[] = [
	'(###) ###-####', '###-###-####', '###.###.####', '##########', '+1 ### ### ####',
	'+1 (###) ###-####', '+44 20 #### ####', '+49 30 ########', '(###) ###-#### x###',
];

export const DEPARTMENTS: readonly string[] = [
	'Sales', 'Marketing', 'Engineering', 'Finance', 'Operations', 'Procurement', 'IT',
	'Human Resources', 'Legal', 'Customer Success', 'Support', 'Product', 'Executive',
];

export const CASE_SUBJECTS: readonly string[] = [
	'Cannot log in to the portal', 'Invoice shows the wrong amount', 'Shipment arrived damaged',
	'Request for a product demo', 'Password reset link expired', 'Feature request for reporting',
	'Integration sync is failing', 'Warranty claim for unit', 'Billing address change',
	'Performance degradation since upgrade', 'Cancel my subscription', 'Data export is incomplete',
	'Question about the renewal quote', 'Equipment makes a loud noise', 'Installation scheduling',
];

export const NEXT_STEPS: readonly string[] = [
	'Send proposal', 'Schedule demo', 'Follow up with procurement', 'Legal review of contract',
	'Confirm budget', 'Technical deep dive', 'Executive sponsor meeting', 'Send revised quote',
];

export const TASK_SUBJECTS: readonly string[] = ['Call', 'Send Letter', 'Send Quote', 'Other', 'Email'];
export const TASK_FREE_SUBJECTS: readonly string[] = [
	'Follow up on proposal', 'Check in after onboarding', 'Confirm renewal date', 'Send pricing sheet',
	'Intro call', 'Email: Re: contract questions', 'Call back about the case',
];

/** Titles of classic Notes, as sales and support teams write them. */
export const NOTE_TITLES: readonly string[] = [
	'Call notes', 'Meeting recap', 'Pricing discussion', 'Renewal terms', 'Q&A follow-up',
	'Contract redlines', 'Onboarding status', 'Escalation summary', 'Budget and timeline',
	'Champion left the company', 'Security review', 'Notes from the trade show', 'Next steps',
	'Competitor mentioned', 'Procurement process', 'Feedback on the demo',
];

/** Sentences of note bodies (written for this generator; `&` and `>` as people type them). */
export const NOTE_SENTENCES: readonly string[] = [
	'Spoke with the CFO about the Q3 budget.', 'They want a proposal by the end of the month.',
	'Legal is reviewing the MSA & the DPA.', 'Usage is up > 20% since the last review.',
	'Asked for a discount on the multi-year term.', 'Decision expected after the board meeting.',
	'Main contact is on leave until next week.', 'They compared us with two other vendors.',
	'Support tickets are down since the upgrade.', 'Needs SSO & audit logs before signing.',
	'Sent the pricing sheet and the case study.', 'Renewal owner moved to the EMEA team.',
];

export const EVENT_FREE_SUBJECTS: readonly string[] = [
	'Quarterly business review', 'Product demo', 'Kickoff meeting', 'Lunch with the champion',
	'Onsite workshop', 'Contract signing', 'Renewal discussion',
];
export const EVENT_LOCATIONS: readonly string[] = [
	'Zoom', 'Microsoft Teams', 'Google Meet', 'Customer office', 'HQ Conference Room 3', 'Phone',
];

/** Time zones a User can have (all are values of Event.RecurrenceTimeZoneSidKey in the describe). */
export const TIME_ZONES: readonly string[] = [
	'America/Los_Angeles', 'America/New_York', 'America/Chicago', 'America/Denver', 'Europe/London',
	'Europe/Berlin', 'Europe/Paris', 'Asia/Tokyo', 'Asia/Singapore', 'Australia/Sydney',
];
export const LOCALES: readonly string[] = ['en_US', 'en_US', 'en_US', 'en_GB', 'de_DE', 'fr_FR', 'ja_JP', 'en_AU'];

export const FAKER_FIRST_NAMES: readonly string[] = [
	'Aaliyah', 'Aaron', 'Adella', 'Adolfo', 'Alanna', 'Albert', 'Alexandrine', 'Alford', 'Allison',
	'Amanda', 'Anahi', 'Anderson', 'Anjali', 'Antonia', 'Archie', 'Arturo', 'Ashleigh', 'Autumn',
	'Barton', 'Berneice', 'Bertrand', 'Bianka', 'Brady', 'Brendon', 'Brianne', 'Brycen', 'Camden',
	'Camila', 'Carmela', 'Casimer', 'Caterina', 'Chase', 'Chasity', 'Ciara', 'Claude', 'Cody',
	'Colleen', 'Cooper', 'Crystel', 'Curtis', 'Dangelo', 'Daphney', 'Darrick', 'Dax', 'Della',
	'Demetrius', 'Desmond', 'Dianna', 'Dion', 'Douglas', 'Dovie', 'Ed', 'Eladio', 'Elda', 'Elissa',
	'Ellsworth', 'Elva', 'Emmanuel', 'Emmy', 'Ernest', 'Esta', 'Eunice', 'Ewald', 'Felicita', 'Fidel',
	'Franklin', 'Freda', 'Gabriel', 'Gavin', 'Geraldine', 'Gerson', 'Gordon', 'Grace', 'Guiseppe',
	'Halle', 'Harry', 'Hellen', 'Hershel', 'Hortense', 'Howell', 'Irma', 'Irving', 'Jabari',
	'Jacquelyn', 'Jamal', 'Jannie', 'Jarred', 'Jaydon', 'Jeannette', 'Jerel', 'Jesus', 'Jo',
	'Johnathon', 'Josefina', 'Josh', 'Julio', 'Justine', 'Kaleb', 'Kara', 'Kate', 'Kay', 'Kelly',
	'Kelvin', 'Keyon', 'Kirstin', 'Korey', 'Lacey', 'Lance', 'Lauryn', 'Lela', 'Leonardo', 'Lesly',
	'Lilla', 'Logan', 'Lois', 'Lourdes', 'Ludwig', 'Lurline', 'Macy', 'Maeve', 'Mamie', 'Marcel',
	'Margret', 'Marilyn', 'Marshall', 'Maryam', 'Maximilian', 'Maybell', 'Melany', 'Michelle',
	'Miles', 'Molly', 'Morton', 'Myrtle', 'Nathan', 'Nettie', 'Nicklaus', 'Norberto', 'Novella',
	'Omer', 'Oswald', 'Otilia', 'Pauline', 'Percival', 'Prudence', 'Quincy', 'Raoul', 'Rebecca',
	'Rene', 'Rico', 'Rita', 'Rogers', 'Roselyn', 'Rowland', 'Rylee', 'Salvatore', 'Santa', 'Seamus',
	'Shana', 'Shelly', 'Sid', 'Soledad', 'Stephen', 'Susie', 'Taryn', 'Taurean', 'Thora', 'Tillman',
	'Tony', 'Trinity', 'Triston', 'Ulices', 'Velva', 'Victoria', 'Vinnie', 'Wava', 'Wayne',
	'Wilfredo', 'Woodrow', 'Yolanda',
];

export const FAKER_LAST_NAMES: readonly string[] = [
	'Abbott', 'Abshire', 'Anderson', 'Auer', 'Bailey', 'Bartell', 'Bashirian', 'Baumbach', 'Beatty',
	'Bednar', 'Berge', 'Bernhard', 'Blanda', 'Bode', 'Bogisich', 'Botsford', 'Bradtke', 'Breitenberg',
	'Bruen', 'Carter', 'Cassin', 'Cole', 'Conn', 'Conroy', 'Cormier', 'Crist', 'Crooks', 'Cummings',
	'Daniel', 'Davis', 'Dibbert', 'Dickinson', 'Dooley', 'DuBuque', 'Effertz', 'Erdman', 'Fahey',
	'Feeney', 'Ferry', 'Frami', 'Friesen', 'Gerhold', 'Gislason', 'Glover', 'Gorczany', 'Grady',
	'Grant', 'Greenholt', 'Gusikowski', 'Haag', 'Hahn', 'Hamill', 'Hane', 'Harris', 'Hauck',
	'Heathcote', 'Heller', 'Hermiston', 'Hettinger', 'Hills', 'Hirthe', 'Homenick', 'Howell', 'Huels',
	'Jacobs', 'Jaskolski', 'Jerde', 'Johnston', 'Kautzer', 'Keeling', 'Kertzmann', 'Kihn', 'Kirlin',
	'Klocko', 'Koepp', 'Koss', 'Krajcik', 'Kshlerin', 'Kuhlman', 'Kunde', 'Kutch', 'Lakin',
	'Langworth', 'Leannon', 'Leffler', 'Lemke', 'Lind', 'Little', 'Lubowitz', 'Lynch', 'Maggio',
	'Marks', 'Marvin', 'McClure', 'McGlynn', 'Medhurst', 'Miller', 'Moen', 'Moore', 'Mosciski',
	'Muller', 'Murray', 'Nienow', 'Nolan', 'O\'Hara', 'O\'Reilly', 'Olson', 'Ortiz', 'Padberg',
	'Parker', 'Pfeffer', 'Powlowski', 'Prohaska', 'Quigley', 'Ratke', 'Raynor', 'Reilly', 'Renner',
	'Rippin', 'Roberts', 'Rohan', 'Roob', 'Ruecker', 'Runte', 'Ryan', 'Sauer', 'Schaefer', 'Schimmel',
	'Schmidt', 'Schoen', 'Schulist', 'Schuppe', 'Shanahan', 'Sipes', 'Smitham', 'Sporer', 'Stark',
	'Stiedemann', 'Stoltenberg', 'Stroman', 'Swift', 'Thompson', 'Torphy', 'Trantow', 'Tromp',
	'Ullrich', 'Veum', 'VonRueden', 'Walsh', 'Waters', 'Wehner', 'Welch', 'Wiegand', 'Will',
	'Windler', 'Wisozk', 'Wolf', 'Wunsch', 'Yundt', 'Ziemann',
];

export const FAKER_STREET_NAMES: readonly string[] = [
	'10th Street', '2nd Avenue', '6th Street', 'Airport Road', 'Ash Road', 'Barton Road',
	'Beechwood Avenue', 'Boundary Road', 'Broadway Street', 'Castle Road', 'Center Avenue',
	'Charles Street', 'Church Close', 'Clarence Road', 'College Street', 'County Road', 'Dale Street',
	'E 10th Street', 'E 5th Street', 'E Broadway Street', 'E Jackson Street', 'E Pine Street',
	'East Avenue', 'Farm Close', 'Fourth Avenue', 'Glebe Close', 'Green Close', 'Hall Lane',
	'Henry Street', 'Hill Road', 'Howard Street', 'Kestrel Close', 'Lake Drive', 'Liberty Street',
	'Long Lane', 'Main Street N', 'Maple Close', 'Martin Luther King Boulevard', 'Meadow Way',
	'Moor Lane', 'N 5th Street', 'N Cedar Street', 'N Franklin Street', 'N Main Avenue',
	'N Poplar Street', 'New Lane', 'North Street', 'Old Military Road', 'Park Avenue', 'Pearl Street',
	'Poplar Street', 'Prospect Road', 'Rectory Lane', 'Roman Way', 'S 4th Street',
	'S Broadway Street', 'S Front Street', 'S Maple Street', 'S Walnut Street', 'School Lane',
	'South Drive', 'St Andrews Close', 'State Road', 'Talbot Road', 'The Dell', 'The Laurels',
	'The Paddock', 'The Woodlands', 'University Drive', 'Vine Street', 'W 4th Street', 'W Broadway',
	'W Front Street', 'W Market Street', 'W Union Street', 'Washington Road', 'Wellington Road',
	'Western Road', 'Windmill Close', 'Woodlands',
];

export const JOB_DESCRIPTORS: readonly string[] = [
	'Lead', 'Senior', 'Direct', 'Corporate', 'Dynamic', 'Future', 'Product', 'National', 'Regional',
	'District', 'Central', 'Global', 'Customer', 'Investor', 'International', 'Legacy', 'Forward',
	'Internal', 'Human', 'Chief', 'Principal',
];

export const JOB_AREAS: readonly string[] = [
	'Solutions', 'Program', 'Brand', 'Security', 'Research', 'Marketing', 'Directives',
	'Implementation', 'Integration', 'Functionality', 'Response', 'Paradigm', 'Tactics', 'Identity',
	'Markets', 'Group', 'Division', 'Applications', 'Optimization', 'Operations', 'Infrastructure',
	'Intranet', 'Communications', 'Web', 'Branding', 'Quality', 'Assurance', 'Mobility', 'Accounts',
	'Data', 'Creative', 'Configuration', 'Accountability', 'Interactions', 'Factors', 'Usability',
	'Metrics',
];

export const JOB_TYPES: readonly string[] = [
	'Supervisor', 'Associate', 'Executive', 'Liaison', 'Officer', 'Manager', 'Engineer', 'Specialist',
	'Director', 'Coordinator', 'Administrator', 'Architect', 'Analyst', 'Designer', 'Planner',
	'Orchestrator', 'Technician', 'Developer', 'Producer', 'Consultant', 'Assistant', 'Facilitator',
	'Agent', 'Representative', 'Strategist',
];

export const CATCH_PHRASE_ADJECTIVES: readonly string[] = [
	'AI-driven', 'Adaptive', 'Advanced', 'Automated', 'Balanced', 'Business-focused', 'Centralized',
	'Compatible', 'Configurable', 'Cross-platform', 'Customer-focused', 'Customizable',
	'Decentralized', 'Devolved', 'Digitized', 'Distributed', 'Diverse', 'Enhanced', 'Ergonomic',
	'Exclusive', 'Expanded', 'Extended', 'Face to face', 'Focused', 'Front-line',
	'Fully-configurable', 'Fundamental', 'Future-proofed', 'Grass-roots', 'Horizontal', 'Immersive',
	'Implemented', 'Innovative', 'Integrated', 'Intuitive', 'Managed', 'Monitored', 'Multi-tiered',
	'Networked', 'Open-architected', 'Open-source', 'Operative', 'Optimized', 'Optional', 'Organic',
	'Organized', 'Persevering', 'Persistent', 'Phased', 'Polarised', 'Proactive', 'Profit-focused',
	'Profound', 'Programmable', 'Progressive', 'Public-key', 'Quality-focused', 'Reactive',
	'Realigned', 'Reduced', 'Reverse-engineered', 'Robust', 'Seamless', 'Secured', 'Self-enabling',
	'Sharable', 'Smart', 'Stand-alone', 'Streamlined', 'Sustainable', 'Synchronised', 'Team-oriented',
	'Total', 'Triple-buffered', 'Universal', 'Upgradable', 'User-centric', 'User-friendly',
	'Versatile', 'Virtual', 'Visionary',
];

export const CATCH_PHRASE_DESCRIPTORS: readonly string[] = [
	'24 hour', '24/7', 'AI-powered', 'actuating', 'analyzing', 'asymmetric', 'asynchronous',
	'attitude-oriented', 'bifurcated', 'bottom-line', 'clear-thinking', 'client-driven',
	'client-server', 'cloud-native', 'coherent', 'cohesive', 'composite', 'content-based',
	'context-sensitive', 'contextually-based', 'data-driven', 'dedicated', 'demand-driven',
	'directional', 'discrete', 'disintermediate', 'dynamic', 'eco-centric', 'empowering',
	'encompassing', 'executive', 'explicit', 'exuding', 'fault-tolerant', 'fresh-thinking',
	'full-range', 'global', 'heuristic', 'high-level', 'holistic', 'homogeneous', 'human-resource',
	'hybrid', 'immersive', 'impactful', 'incremental', 'intangible', 'interactive', 'intermediate',
	'leading edge', 'local', 'logistical', 'maximized', 'methodical', 'mission-critical', 'mobile',
	'modular', 'motivating', 'national', 'needs-based', 'neutral', 'next generation', 'optimal',
	'optimizing', 'radical', 'real-time', 'reciprocal', 'regional', 'resilient', 'responsive',
	'scalable', 'secondary', 'stable', 'static', 'sustainable', 'system-worthy', 'systematic',
	'systemic', 'tangible', 'tertiary', 'transitional', 'uniform', 'user-facing', 'value-added',
	'well-modulated', 'zero administration', 'zero defect', 'zero tolerance', 'zero trust',
];

export const CATCH_PHRASE_NOUNS: readonly string[] = [
	'ability', 'access', 'adapter', 'algorithm', 'alliance', 'analyzer', 'application', 'approach',
	'architecture', 'archive', 'array', 'artificial intelligence', 'attitude', 'benchmark',
	'budgetary management', 'capability', 'capacity', 'challenge', 'circuit', 'collaboration',
	'complexity', 'concept', 'conglomeration', 'contingency', 'core', 'customer loyalty',
	'data-warehouse', 'database', 'definition', 'emulation', 'encoding', 'encryption', 'firmware',
	'flexibility', 'focus group', 'forecast', 'frame', 'framework', 'function', 'functionalities',
	'generative AI', 'hardware', 'help-desk', 'hierarchy', 'hub', 'implementation', 'infrastructure',
	'initiative', 'installation', 'instruction set', 'interface', 'internet solution', 'intranet',
	'knowledge base', 'knowledge user', 'leverage', 'local area network', 'matrices', 'matrix',
	'methodology', 'microservice', 'middleware', 'migration', 'model', 'moderator', 'monitoring',
	'moratorium', 'neural-net', 'open architecture', 'orchestration', 'paradigm', 'parallelism',
	'policy', 'portal', 'pricing structure', 'process improvement', 'product', 'productivity',
	'project', 'projection', 'protocol', 'service-desk', 'software', 'solution', 'standardization',
	'strategy', 'structure', 'success', 'support', 'synergy', 'system engine', 'task-force',
	'throughput', 'time-frame', 'toolset', 'utilisation', 'website', 'workforce',
];

export const BUZZ_VERBS: readonly string[] = [
	'aggregate', 'architect', 'benchmark', 'brand', 'collaborate', 'cultivate', 'deliver', 'deploy',
	'disintermediate', 'drive', 'embrace', 'empower', 'enable', 'engage', 'engineer', 'enhance',
	'evolve', 'expedite', 'exploit', 'extend', 'facilitate', 'gamify', 'generate', 'grow', 'harness',
	'implement', 'incentivize', 'incubate', 'innovate', 'integrate', 'iterate', 'leverage',
	'maximize', 'mesh', 'monetize', 'optimize', 'orchestrate', 'productize', 'redefine', 'reinvent',
	'repurpose', 'revolutionize', 'scale', 'seize', 'simplify', 'strategize', 'streamline',
	'syndicate', 'synthesize', 'target', 'transform', 'transition', 'unleash', 'utilize', 'visualize',
	'whiteboard',
];

export const BUZZ_ADJECTIVES: readonly string[] = [
	'24/7', 'AI-driven', 'B2B', 'B2C', 'back-end', 'best-of-breed', 'bleeding-edge', 'collaborative',
	'compelling', 'cross-media', 'cross-platform', 'customized', 'cutting-edge', 'decentralized',
	'distributed', 'dynamic', 'efficient', 'end-to-end', 'enterprise', 'extensible', 'frictionless',
	'front-end', 'generative', 'global', 'granular', 'holistic', 'immersive', 'impactful',
	'innovative', 'integrated', 'interactive', 'intuitive', 'killer', 'leading-edge', 'magnetic',
	'mission-critical', 'next-generation', 'one-to-one', 'open-source', 'out-of-the-box',
	'plug-and-play', 'proactive', 'quantum', 'real-time', 'revolutionary', 'rich', 'robust',
	'scalable', 'seamless', 'smart', 'sticky', 'strategic', 'sustainable', 'synergistic',
	'transparent', 'turn-key', 'ubiquitous', 'user-centric', 'value-added', 'vertical', 'viral',
	'virtual', 'visionary', 'world-class',
];

export const BUZZ_NOUNS: readonly string[] = [
	'AI', 'ROI', 'applications', 'architectures', 'blockchains', 'channels', 'communities', 'content',
	'convergence', 'deliverables', 'e-commerce', 'experiences', 'functionalities', 'infrastructures',
	'initiatives', 'interfaces', 'large language models', 'lifetime value', 'markets',
	'methodologies', 'metrics', 'mindshare', 'models', 'networks', 'niches', 'paradigms',
	'partnerships', 'platforms', 'relationships', 'schemas', 'smart contracts', 'solutions',
	'supply-chains', 'synergies', 'systems', 'technologies', 'users', 'web services',
];

