// OUR classification of drafts into topics (not the UN's): a draft gets every topic whose rule
// matches. Three inputs, in order of trust:
//   1. the veto list's `crisis_topic` (CRISIS_TOPICS) — a human judgement we only translate;
//   2. recent-vetoes.csv's `topic` (RECENT_TOPICS), same;
//   3. keyword rules (KEYWORD_RULES) on the agenda item and the title/description.
// A draft about admission to membership gets only the admission topic from the keyword rules
// (so "admission of Kuwait" is not filed under Iraq); explicit topics from (1) and (2) still apply.

export interface SeedTopic {
  slug: string;
  labelEn: string;
  labelTh: string;
}

export const TOPICS: readonly SeedTopic[] = [
  { slug: "admission-of-new-members", labelEn: "Admission of new members", labelTh: "การรับสมาชิกใหม่" },
  { slug: "israel-palestine", labelEn: "Israel–Palestine", labelTh: "อิสราเอล–ปาเลสไตน์" },
  { slug: "middle-east", labelEn: "The situation in the Middle East", labelTh: "สถานการณ์ในตะวันออกกลาง" },
  { slug: "syria", labelEn: "Syria", labelTh: "ซีเรีย" },
  { slug: "lebanon", labelEn: "Lebanon", labelTh: "เลบานอน" },
  { slug: "iraq", labelEn: "Iraq and Kuwait", labelTh: "อิรักและคูเวต" },
  { slug: "yemen", labelEn: "Yemen", labelTh: "เยเมน" },
  { slug: "iran", labelEn: "Iran", labelTh: "อิหร่าน" },
  { slug: "ukraine", labelEn: "Ukraine", labelTh: "ยูเครน" },
  { slug: "dprk", labelEn: "DPRK (North Korea)", labelTh: "เกาหลีเหนือ" },
  { slug: "korean-war", labelEn: "Korean War", labelTh: "สงครามเกาหลี" },
  { slug: "afghanistan", labelEn: "Afghanistan", labelTh: "อัฟกานิสถาน" },
  { slug: "india-pakistan", labelEn: "India–Pakistan", labelTh: "อินเดีย–ปากีสถาน" },
  { slug: "southeast-asia", labelEn: "Southeast Asia", labelTh: "เอเชียตะวันออกเฉียงใต้" },
  { slug: "cyprus", labelEn: "Cyprus", labelTh: "ไซปรัส" },
  { slug: "former-yugoslavia", labelEn: "Former Yugoslavia", labelTh: "อดีตยูโกสลาเวีย" },
  { slug: "europe", labelEn: "Europe (other)", labelTh: "ยุโรป (ประเด็นอื่น ๆ)" },
  { slug: "east-west", labelEn: "Cold War East–West disputes", labelTh: "ความขัดแย้งตะวันออก–ตะวันตกในยุคสงครามเย็น" },
  { slug: "southern-africa", labelEn: "Southern Africa (apartheid, Namibia, Rhodesia)", labelTh: "แอฟริกาตอนใต้ (การแบ่งแยกสีผิว นามิเบีย โรดีเชีย)" },
  { slug: "sudan", labelEn: "Sudan and South Sudan", labelTh: "ซูดานและซูดานใต้" },
  { slug: "libya", labelEn: "Libya", labelTh: "ลิเบีย" },
  { slug: "dr-congo", labelEn: "Congo (DR Congo)", labelTh: "คองโก (สาธารณรัฐประชาธิปไตยคองโก)" },
  { slug: "somalia", labelEn: "Somalia", labelTh: "โซมาเลีย" },
  { slug: "west-africa-sahel", labelEn: "West Africa and the Sahel", labelTh: "แอฟริกาตะวันตกและซาเฮล" },
  { slug: "central-africa", labelEn: "Central Africa and the Great Lakes", labelTh: "แอฟริกากลางและภูมิภาคเกรตเลกส์" },
  { slug: "africa", labelEn: "Africa (other)", labelTh: "แอฟริกา (ประเด็นอื่น ๆ)" },
  { slug: "haiti", labelEn: "Haiti", labelTh: "เฮติ" },
  { slug: "americas", labelEn: "Latin America and the Caribbean (other)", labelTh: "ละตินอเมริกาและแคริบเบียน (ประเด็นอื่น ๆ)" },
  { slug: "non-proliferation", labelEn: "Non-proliferation and disarmament", labelTh: "การไม่แพร่ขยายอาวุธและการลดอาวุธ" },
  { slug: "terrorism", labelEn: "Terrorism", labelTh: "การก่อการร้าย" },
  {
    slug: "thematic",
    labelEn: "Thematic issues (civilians, children, women, peacebuilding)",
    labelTh: "ประเด็นเชิงหัวข้อ (พลเรือน เด็ก สตรี การสร้างสันติภาพ)",
  },
  { slug: "un-institutions", labelEn: "UN bodies, courts and appointments", labelTh: "องค์กร ศาล และการแต่งตั้งในสหประชาชาติ" },
];

export type TopicSlug = string;

/** sc-vetoes.csv `crisis_topic` → topics. */
export const CRISIS_TOPICS: Readonly<Record<string, readonly TopicSlug[]>> = {
  "Israel-Palestine": ["israel-palestine"],
  Admission: ["admission-of-new-members"],
  Syria: ["syria"],
  Namibia: ["southern-africa"],
  "South Africa": ["southern-africa"],
  "Israel-Lebanon": ["lebanon"],
  Rhodesia: ["southern-africa"],
  "Greek Civil War": ["europe"],
  "India-Pakistan": ["india-pakistan"],
  Lebanon: ["lebanon"],
  Nicaragua: ["americas"],
  Spain: ["europe"],
  Czechoslovakia: ["europe", "east-west"],
  Disarmament: ["non-proliferation"],
  "Korean War": ["korean-war"],
  "US-USSR": ["east-west"],
  Cyprus: ["cyprus"],
  "US-Libya": ["libya"],
  Panama: ["americas"],
  Bosnia: ["former-yugoslavia"],
  Ukraine: ["ukraine"],
  "Biological Warfare": ["non-proliferation", "korean-war"],
  Guatemala: ["americas"],
  Congo: ["dr-congo"],
  Angola: ["southern-africa"],
  Cambodia: ["southeast-asia"],
  "Falklands-Malvinas": ["americas"],
  "Southern Africa": ["southern-africa"],
  Myanmar: ["southeast-asia"],
  Zimbabwe: ["southern-africa"],
  Venezuela: ["americas"],
  "North Korea": ["dprk"],
  "Atomic Energy Commission": ["non-proliferation"],
  "Berlin Blockade": ["europe", "east-west"],
  Thailand: ["southeast-asia"],
  Hungary: ["europe", "east-west"],
  Kuwait: ["iraq"],
  Malasyia: ["southeast-asia"], // sic: the source's spelling
  "Panama Canal": ["americas"],
  Comoros: ["africa"],
  Afghanistan: ["afghanistan", "east-west"],
  Iran: ["iran"],
  "Korean Airlines": ["east-west"],
  Grenada: ["americas"],
  Macedonia: ["former-yugoslavia"],
  Georgia: ["europe"],
  Yemen: ["yemen"],
  Terrorism: ["terrorism"],
  "Climate and Security": ["thematic"],
};

/** recent-vetoes.csv `topic` (without its "(amendment …)" suffix) → topics. */
export const RECENT_TOPICS: Readonly<Record<string, readonly TopicSlug[]>> = {
  Ukraine: ["ukraine"],
  Syria: ["syria"],
  Mali: ["west-africa-sahel"],
  "Israel-Palestine": ["israel-palestine"],
  "DPRK non-proliferation": ["dprk", "non-proliferation"],
  "Outer space": ["non-proliferation"],
  Sudan: ["sudan"],
};

interface KeywordRule {
  slug: TopicSlug;
  pattern: RegExp;
  /** Optional year range the rule applies to (inclusive). */
  years?: [number, number];
}

// One pattern written over several lines: the alternatives joined by "|", as if written in one literal.
const anyOf = (...alternatives: RegExp[]): RegExp => new RegExp(alternatives.map((r) => r.source).join("|"));

// Patterns run on lower-cased text with typographic apostrophes straightened.
export const KEYWORD_RULES: readonly KeywordRule[] = [
  {
    slug: "israel-palestine",
    pattern: /palestin|arab territories|\bgaza\b|west bank|jerusalem|\bunrwa\b|israeli settlement|nablus|ramallah|hebron|two-state solution|road map/,
  },
  {
    slug: "middle-east",
    pattern: /middle east|disengagement observer|\bundof\b|\bunef\b|emergency force|\bgolan\b|armistice|\bsuez\b|truce supervision|\bisrael|bahrain/,
  },
  { slug: "syria", pattern: /\bsyria/ },
  { slug: "lebanon", pattern: /leban|\bunifil\b|beirut/ },
  {
    slug: "iraq",
    pattern: anyOf(
      /\biraq|kuwait|\bunikom\b|\bunmovic\b|\bunscom\b|oil-for-food|gulf region|resolution 66[01] \(1990\)/,
      /compensation (?:fund|commission)|resolution (?:986|1143|1242)\b|petroleum products originating in ira/,
    ),
  },
  { slug: "yemen", pattern: /yemen|hudaydah|hodeidah/ },
  { slug: "iran", pattern: /\biran\b|\biranian|islamic republic of iran|iran-iraq|resolution (?:1737|1929)\b/ },
  { slug: "ukraine", pattern: /\bukraine\b|s\/2014\/136|s\/2014\/264/ },
  { slug: "dprk", pattern: /democratic people's republic of korea|\bdprk\b|north korea|resolution 1718|1718 \(2006\)|resolution 1874/ },
  { slug: "korean-war", pattern: /korea|taiwan|formosa|people's republic of china/, years: [1946, 1959] },
  { slug: "afghanistan", pattern: /afghanistan|\bunama\b|taliban|aghanistan|resolution (?:1988|2255)\b/ },
  { slug: "india-pakistan", pattern: /india-pakistan|india and pakistan|kashmir|jammu|\bunmogip\b|\bindia\b|\bpakistan\b|\bgoa\b/ },
  {
    slug: "southeast-asia",
    pattern: /cambodia|kampuchea|viet ?-?nam|\blaos\b|myanmar|burma|timor|thailand|malaysia|indonesia|west irian|west new guinea|philippines|\bnepal\b/,
  },
  { slug: "cyprus", pattern: /cyprus|\bunficyp\b/ },
  {
    slug: "former-yugoslavia",
    pattern: anyOf(
      /yugoslav|bosnia|herzegovina|croatia|kosovo|serbia|macedonia|slavonia|prevlaka|sarajevo|srebrenica|\bunprofor\b/,
      /protection force|\beufor\b|\bsfor\b|high representative|preventive deployment force|unpredep/,
      /international police task force|danube region|resolution (?:836|1031)\b/,
    ),
  },
  {
    slug: "europe",
    pattern:
      /\bgreece\b|\bgreek\b|spanish question|\bspain\b|berlin|hungary|czechoslovakia|\bgeorgia\b|abkhaz|trieste|corfu|albania|armenia|azerbaijan|karabakh/,
  },
  {
    slug: "southern-africa",
    pattern: anyOf(
      /namibia|south africa|apartheid|rhodesia|zimbabwe|\bangola|mozambique|botswana|lesotho|swaziland|zambia|south west africa/,
      /southern africa|\bunavem\b|\buntag\b|\bonumoz\b|comoros|seychelles|malawi|homeland|african national congress|moloise/,
    ),
  },
  { slug: "sudan", pattern: /sudan|darfur|abyei|\bunamid\b|\bunmiss\b|\bunisfa\b|resolution (?:2206|2428)\b/ },
  { slug: "libya", pattern: /libya|pan american flight|lockerbie|resolution 748|aouzou|resolution (?:1970|1973|2146)\b/ },
  {
    slug: "dr-congo",
    pattern: anyOf(
      /democratic republic of (?:the )?congo|\bcongo\b|congolese|zaire|\bmonuc\b|\bmonusco\b|katanga|leopoldville|lumumba/,
      /resolution 1533\b|stabilization mission in the democratic/,
    ),
  },
  { slug: "somalia", pattern: /somali|\bamisom\b|\batmis\b|al-shabaab|resolution (?:751|1519|2713)\b/ },
  {
    slug: "west-africa-sahel",
    pattern: anyOf(
      /\bmali\b|\bminusma\b|sahel|liberia|sierra leone|c[oô]te d'ivoire|ivory coast|guinea-bissau|\bguinea\b|burkina|\bniger\b/,
      /senegal|\btogo\b|\bbenin\b|gambia|ecowas|west africa|resolution (?:1521|1572|1643|2374)\b/,
    ),
  },
  {
    slug: "central-africa",
    pattern: anyOf(
      /central african republic|\bminusca\b|\bbinuca\b|rwanda|burundi|great lakes|\bchad\b|\bminurcat\b|uganda|cameroon/,
      /lord's resistance army|central africa|bangui|\bmisab\b|bururundi/,
    ),
  },
  {
    slug: "africa",
    pattern: anyOf(
      /western sahara|\bminurso\b|ethiopia|eritrea|\bunmee\b|djibouti|peace and security in africa|african union|mauritania/,
      /morocco|tunisia|algeria|\bkenya\b|portuguese administration/,
    ),
  },
  { slug: "haiti", pattern: /haiti|\bminustah\b|\bbinuh\b|\bminujusth\b/ },
  {
    slug: "americas",
    pattern: anyOf(
      /nicaragua|panama|grenada|guatemala|el salvador|\bonusal\b|honduras|venezuela|colombia|falkland|malvinas|\bcuba|dominican/,
      /santo domingo|costa rica|central america|latin america|caribbean/,
    ),
  },
  {
    slug: "non-proliferation",
    pattern: anyOf(
      /nuclear|non-proliferation|weapons of mass destruction|\b1540\b|chemical weapons|biological weapons|disarmament|armaments/,
      /atomic energy|outer space|\bopcw\b|ballistic missile/,
    ),
  },
  {
    slug: "terrorism",
    pattern: anyOf(
      /terroris|al-qaida|\bisil\b|da'esh|\b1267\b|bomb attack|hostage-taking|hijacking|plastic or sheet explosives/,
      /pan american flight|lockerbie|resolution 1373\b/,
    ),
  },
  {
    slug: "thematic",
    pattern: anyOf(
      /children (?:and|in) armed conflict|protection of civilians|women(?:,| and) peace|sexual violence|peacebuilding/,
      /peacekeeping operations|climate|small arms|humanitarian personnel|rule of law|pandemic|covid|ebola|hiv\/aids/,
      /conflict-induced hunger|sustaining peace|youth|mercenar|maintenance of international peace and security/,
      /general issues relating to sanctions|safety of (?:un|united nations)|security and safety/,
      /regional and subregional organizations|piracy|children in situations of armed conflict|trafficking in persons/,
      /security sector reform|peace operations|refugee camps|peacekeepers|threats to international peace and security/,
    ),
  },
  {
    slug: "un-institutions",
    pattern: anyOf(
      /appointment of (?:the )?secretary-general|as (?:acting )?secretary-general|recommend[a-z]*[^\]]*secretary-general/,
      /contribution of secretary-general|international court of justice|tribunal|residual mechanism|military staff committee/,
      /rules of procedure|ombudsperson|working languages|official languages|presidency of the security council|trusteeship/,
      /review of the charter|meetings of the security council|rapporteur|subcommittee|as the secretary-general|trust territory/,
    ),
  },
];

const ADMISSION = /admission|membership in the united nations|applications? for membership|new members/;

export function normalizeForTopics(text: string): string {
  return text.normalize("NFC").replace(/[’‘`]/g, "'").toLowerCase();
}

/** Topics from free text (agenda item, title). */
export function classifyText(texts: readonly (string | null | undefined)[], year: number): TopicSlug[] {
  const text = normalizeForTopics(texts.filter(Boolean).join(" | "));
  if (text.trim() === "") return [];
  if (ADMISSION.test(text)) return ["admission-of-new-members"];
  const out: TopicSlug[] = [];
  for (const rule of KEYWORD_RULES) {
    if (rule.years && (year < rule.years[0] || year > rule.years[1])) continue;
    if (rule.pattern.test(text) && !out.includes(rule.slug)) out.push(rule.slug);
  }
  return out;
}

/** Topics from the veto list's crisis_topic; the agenda adds "middle-east" when it says so. */
export function classifyVetoListRow(crisisTopic: string, agenda: string): TopicSlug[] {
  const out = [...(CRISIS_TOPICS[crisisTopic] ?? [])];
  if (/middle east/i.test(agenda) && !out.includes("middle-east")) out.push("middle-east");
  return out;
}

/** recent-vetoes.csv topic, e.g. "Ukraine (amendment: …)" → base topic + whether it is an amendment. */
export function parseRecentTopic(topic: string): { base: string; amendment: boolean; slugs: TopicSlug[] } {
  const m = /^(.*?)\s*\((amendment[^)]*)\)\s*$/i.exec(topic.trim());
  const base = (m ? m[1]! : topic).trim();
  return { base, amendment: Boolean(m), slugs: [...(RECENT_TOPICS[base] ?? [])] };
}
