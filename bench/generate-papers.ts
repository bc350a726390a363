// A deterministic generator of realistic paper files for the benchmark: Zipf-distributed words
// from a research vocabulary that grows with the collection (as real vocabularies do), 3 to 8
// authors, 800 to 2,000-character abstracts, some with math. Same seed and count, same files.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** One generated paper file: its path in the papers folder and its content. */
export interface GeneratedPaper {
  /** `YYYY/MM/DD/<id>.mdx` */
  path: string;
  source: string;
  title: string;
}

/** The day the newest generated papers appear on; older days go back from it. */
export const NEWEST_DAY = "2025-07-31";
/** How many papers each generated day holds. */
export const PAPERS_PER_DAY = 40;

/** A seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The commonest words of machine-learning abstracts, roughly most frequent first; rarer coined
// terms (model and method names) follow them in the ranking.
const COMMON =
  `model models learning data training language large performance method methods results
task tasks network networks neural approach based propose show using deep new image state art
framework information proposed generation dataset datasets evaluation text paper features
representation representations work multiple quality existing efficient level knowledge
transformer transformers attention diffusion reasoning benchmark benchmarks inference vision
video generative fine tuning pretrained pre trained prompt prompts agent agents reinforcement
policy reward robot robotic optimization gradient loss objective parameters parameter scale
scaling compute memory efficient efficiency latency accuracy robustness robust adversarial
quantization pruning distillation sparse sparsity low rank adaptation embedding embeddings
token tokens context long retrieval augmented graph graphs node nodes molecular protein
speech audio 3d scene scenes rendering radiance fields point cloud segmentation detection
classification regression clustering contrastive self supervised unsupervised semi
alignment preference human feedback safety evaluation evaluate analysis theoretical empirical
experiments experimental demonstrate achieves achieve outperforms improves improve improved
significantly significant extensive comprehensive novel simple effective effectively
challenging challenge challenges problem problems solution solutions generalization
generalize zero shot few instruction instructions following chain thought mathematical
math code programming software synthesis program planning decision making multimodal
modal visual textual cross domain adaptation transfer continual lifelong federated privacy
differential secure attack attacks defense medical clinical imaging health biology
chemistry physics climate weather forecasting time series temporal spatial dynamics
physical simulation control controller trajectory navigation manipulation grasping
humanoid locomotion language vision action world models simulator sampling sampler
denoising score matching flow flows normalizing variational autoencoder latent space
manifold geometric equivariant invariant symmetry kernel kernels bayesian uncertainty
calibration probabilistic stochastic convergence theory bound bounds complexity
hardware accelerator gpu gpus throughput serving decoding speculative cache caching
mixture experts routing router layer layers head heads residual normalization activation
function functions linear nonlinear convolution convolutional recurrent state space mamba
hallucination factuality truthfulness interpretability explainability mechanistic
circuits neurons features steering editing unlearning memorization copyright watermark
detection bias fairness multilingual translation summarization question answering dialogue
conversation chatbot assistant tool tools api web browsing search engine ranking
recommendation user users personalization emotion social media news misinformation`.split(/\s+/);

const FUNCTION_WORDS = `the of and to in a we for with on that is by this our from as are an
which be can these its it their than both while into through across over between via`.split(/\s+/);

const SYLLABLES = `qua tor vin lex mor ani sep tri dal ron ki zu pe lo ma ner sta gra phi bel
cor dex fla gen hyp kal lum nov pix quo rav sol tek vor wex yal zen`.split(/\s+/);

const FIRST_NAMES = `Ada Alan Grace Yuki Wei Li Ming Priya Arjun Sofia Lucas Emma Noah Olivia Liam
Mateo Zoë José María Jürgen Søren Chloé François Ahmed Fatima Hiroshi Sakura Min-jun Seo-yeon
Olga Dmitri Ivan Anna Elena Marco Giulia Pierre Amélie Lars Ingrid Kwame Amara Diego Camila
Rahul Ananya Chen Xin Hao Jing Thomas Sarah David Laura Daniel Julia Ali Leila Omar Nadia`.split(
  /\s+/,
);

const LAST_NAMES = `Lovelace Turing Hopper Tanaka Wang Zhang Li Liu Chen Yang Huang Zhao Wu Zhou
Xu Sun Ma Zhu Hu Guo Kumar Sharma Patel Singh Gupta Smith Johnson Williams Brown Jones Garcia
Miller Davis Rodriguez Martinez Hernández López González Wilson Anderson Müller Schmidt Schneider
Fischer Weber Meyer Wagner Becker Schulz Hoffmann Dubois Durand Lefèvre Moreau Laurent Rossi
Russo Ferrari Esposito Bianchi Romano Kim Lee Park Choi Jung Kang Cho Yoon Ivanov Petrov Sokolov
Nakamura Suzuki Takahashi Watanabe Yamamoto Kobayashi Sato Andersen Nielsen Hansen Jensen
Okafor Mensah Diallo Mbeki Haddad Nasser Rahman Hossain Silva Santos Oliveira Souza Costa Pereira
Novak Kowalski Nowak Horvat Kovač Papadopoulos Yilmaz Demir Çelik Öztürk Cohen Levi Friedman`.split(
  /\s+/,
);

const TAGS = `computer-vision nlp llm reinforcement-learning robotics diffusion multimodal
quantization efficiency reasoning agents speech graphs optimization theory safety alignment
retrieval benchmark medical 3d video generation audio interpretability fairness privacy
federated-learning time-series recommendation code math science chemistry biology physics
systems hardware compression distillation`.split(/\s+/);

// Valid KaTeX, as contributors write it.
const MATH = [
  "$O(n \\log n)$",
  "$\\mathbb{R}^{d}$",
  "$\\alpha = 0.5$",
  "$\\frac{1}{\\sqrt{d}}$",
  "$k \\times k$",
  "$\\ell_2$",
  "$\\mathcal{L}_{\\mathrm{KL}}$",
  "$p_\\theta(x_t \\mid x_{t-1})$",
];

/** The size of the vocabulary words are drawn from; most of it appears only in large collections. */
const VOCABULARY_SIZE = 120_000;
const ZIPF_EXPONENT = 1.1;

function coinedWord(rank: number): string {
  const random = seededRandom(rank * 7919 + 17);
  const parts = 2 + Math.floor(random() * 3);
  let word = "";
  for (let index = 0; index < parts; index++) {
    word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  }
  return word;
}

function zipfSampler(random: () => number): () => string {
  const cumulative = new Float64Array(VOCABULARY_SIZE);
  let sum = 0;
  for (let rank = 0; rank < VOCABULARY_SIZE; rank++) {
    sum += 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
    cumulative[rank] = sum;
  }
  const words = new Map<number, string>();
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = VOCABULARY_SIZE - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    let word = words.get(low);
    if (word === undefined) {
      word = COMMON[low] ?? coinedWord(low);
      words.set(low, word);
    }
    return word;
  };
}

function dayBefore(day: string, count: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - count);
  return date.toISOString().slice(0, 10);
}

/** Generates `count` papers, newest day first, the same ones for the same seed. */
export function* generatePapers(count: number, seed = 1): Generator<GeneratedPaper> {
  const random = seededRandom(seed);
  const word = zipfSampler(random);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const arxivCounters = new Map<string, number>();

  for (let index = 0; index < count; index++) {
    const day = dayBefore(NEWEST_DAY, Math.floor(index / PAPERS_PER_DAY));
    const yymm = day.slice(2, 4) + day.slice(5, 7);
    const number = (arxivCounters.get(yymm) ?? 0) + 1;
    arxivCounters.set(yymm, number);
    const arxiv = `${yymm}.${String(number).padStart(5, "0")}`;

    const titleWords = Array.from({ length: between(5, 11) }, () => capitalize(word()));
    const title =
      random() < 0.3
        ? `${capitalize(coinedWord(between(5000, 90_000)))}: ${titleWords.join(" ")}`
        : titleWords.join(" ");
    const authors = Array.from(
      { length: between(3, 8) },
      () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
    );
    const tags = [...new Set(Array.from({ length: between(1, 3) }, () => pick(TAGS)))];
    const target = between(800, 2000);
    const withMath = random() < 0.3;
    let abstract = "";
    while (abstract.length < target) {
      const sentence: string[] = [];
      const length = between(12, 28);
      for (let position = 0; position < length; position++) {
        sentence.push(random() < 0.38 ? pick(FUNCTION_WORDS) : word());
      }
      if (withMath && random() < 0.35) sentence.splice(between(1, length - 1), 0, pick(MATH));
      abstract += `${abstract ? " " : ""}${capitalize(sentence.join(" "))}.`;
    }
    const frontmatter = [
      "---",
      `title: ${JSON.stringify(title)}`,
      `authors: ${JSON.stringify(authors)}`,
      `arxiv: "${arxiv}"`,
      `tags: ${JSON.stringify(tags)}`,
      `upvotes: ${between(0, 200)}`,
      "---",
    ].join("\n");
    yield {
      path: `${day.replaceAll("-", "/")}/${arxiv}.mdx`,
      source: `${frontmatter}\n${abstract}\n`,
      title,
    };
  }
}

/** Writes `count` generated papers into `dir` (a papers folder: `YYYY/MM/DD/<id>.mdx`). */
export async function writePapers(dir: string, count: number, seed = 1): Promise<void> {
  const folders = new Set<string>();
  for (const paper of generatePapers(count, seed)) {
    const file = path.join(dir, paper.path);
    const folder = path.dirname(file);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    await writeFile(file, paper.source);
  }
}
