#include "synth/Vocabulary.h"

namespace Lectern::Synth::Vocabulary {

namespace {

constexpr QStringView ContentTerms[] = {
    u"learning", u"model", u"data", u"method", u"performance", u"neural", u"training", u"results", u"approach",
    u"network", u"models", u"task", u"tasks", u"information", u"framework", u"state-of-the-art", u"deep",
    u"representation", u"accuracy", u"language", u"problem", u"large", u"novel", u"experiments", u"benchmark",
    u"efficient", u"algorithm", u"features", u"proposed", u"existing", u"robust", u"prediction", u"inference",
    u"evaluation", u"optimization", u"structure", u"knowledge", u"graph", u"image", u"generation", u"datasets",
    u"neural networks", u"training data", u"attention", u"transformer", u"significantly", u"improves",
    u"outperforms", u"demonstrate", u"achieves", u"analysis", u"semantic", u"multiple", u"complex", u"systems",
    u"distribution", u"scale", u"generalization", u"supervised", u"labels", u"loss", u"quality", u"context",
    u"samples", u"parameters", u"baseline", u"baselines", u"visual", u"text", u"policy", u"objective",
    u"reinforcement learning", u"language models", u"large language models", u"sequence", u"embedding",
    u"embeddings", u"latent", u"space", u"function", u"computational", u"cost", u"memory", u"efficiency",
    u"capabilities", u"reasoning", u"agents", u"environment", u"reward", u"signal", u"domain", u"adaptation",
    u"transfer", u"pretrained", u"fine-tuning", u"downstream", u"zero-shot", u"few-shot", u"prompt",
    u"generative", u"diffusion", u"sampling", u"noise", u"stochastic", u"gradient", u"gradient descent",
    u"convergence", u"theoretical", u"guarantees", u"bounds", u"empirical", u"empirically", u"robustness",
    u"adversarial", u"attacks", u"privacy", u"federated", u"clients", u"communication", u"distributed",
    u"parallel", u"hardware", u"inference time", u"latency", u"throughput", u"compression", u"quantization",
    u"pruning", u"sparse", u"sparsity", u"architecture", u"layers", u"convolutional", u"recurrent",
    u"graph neural networks", u"nodes", u"edges", u"molecular", u"protein", u"segmentation", u"detection",
    u"object detection", u"recognition", u"classification", u"regression", u"clustering", u"retrieval",
    u"search", u"ranking", u"recommendation", u"users", u"user", u"interaction", u"human", u"feedback",
    u"alignment", u"preference", u"instruction", u"instructions", u"dialogue", u"translation", u"summarization",
    u"question answering", u"speech", u"audio", u"video", u"temporal", u"spatial", u"3D", u"point clouds",
    u"scene", u"depth", u"pose", u"tracking", u"motion", u"control", u"planning", u"robot", u"robotic",
    u"manipulation", u"navigation", u"simulation", u"real-world", u"uncertainty", u"calibration", u"bayesian",
    u"probabilistic", u"variational", u"posterior", u"estimation", u"causal", u"causal inference",
    u"counterfactual", u"interpretability", u"explanations", u"fairness", u"bias", u"evaluation metrics",
    u"contrastive", u"self-supervised", u"unsupervised", u"semi-supervised", u"pretraining", u"tokens",
    u"vocabulary", u"multilingual", u"cross-lingual", u"low-resource", u"medical", u"clinical", u"patients",
    u"diagnosis", u"imaging", u"remote sensing", u"climate", u"physics", u"scientific", u"discovery",
    u"chemistry", u"materials", u"time series", u"forecasting", u"anomaly detection", u"streaming", u"online",
    u"offline", u"continual learning", u"catastrophic forgetting", u"meta-learning", u"curriculum",
    u"mixture of experts", u"routing", u"scaling laws", u"emergent", u"chain-of-thought", u"hallucination",
    u"factuality", u"retrieval-augmented", u"long-context", u"efficient attention", u"kernel", u"kernels",
    u"manifold", u"geometry", u"topology", u"spectral", u"eigenvalues", u"matrix", u"tensor", u"low-rank",
    u"convex", u"non-convex", u"saddle points", u"regularization", u"overfitting", u"implicit bias",
    u"lottery ticket", u"distillation", u"teacher", u"student", u"ensemble", u"boosting", u"decision trees",
    u"tabular", u"symbolic", u"program synthesis", u"code generation", u"theorem proving", u"verification",
    u"formal", u"logic", u"constraints", u"combinatorial", u"heuristics", u"search space", u"hyperparameters",
    u"neural architecture search", u"automl", u"benchmarks", u"leaderboard", u"reproducibility", u"ablation",
    u"ablation studies", u"open-source", u"toolkit", u"library", u"pipeline", u"annotation", u"crowdsourcing",
    u"synthetic data", u"augmentation", u"invariance", u"equivariance", u"symmetry", u"group", u"operators",
    u"neural operators", u"partial differential equations", u"dynamics", u"trajectories", u"world models",
    u"imitation learning", u"inverse reinforcement learning", u"multi-agent", u"game", u"equilibrium",
    u"mechanism", u"auction", u"market", u"economic", u"social", u"network analysis", u"community detection",
    u"link prediction", u"knowledge graphs", u"entities", u"relations", u"extraction", u"parsing", u"syntax",
};

constexpr QStringView FunctionWords[] = {
    u"the", u"of", u"and", u"a", u"to", u"in", u"for", u"with", u"on", u"that", u"is", u"we", u"our", u"by",
    u"as", u"from", u"this", u"are", u"which", u"an", u"be", u"can", u"these", u"its", u"using", u"than",
    u"both", u"while", u"across", u"over", u"between", u"without", u"into", u"under", u"through", u"also",
};

constexpr QStringView RareTerms[] = {
    u"holonomy", u"quaternion", u"Wasserstein", u"Hessian-free", u"Grassmannian", u"Koopman", u"Lyapunov",
    u"Bregman", u"Stiefel", u"Sinkhorn", u"hypergraph", u"Hamiltonian", u"Lagrangian", u"Riemannian",
    u"Fourier", u"wavelet", u"Chebyshev", u"Legendre", u"Hermite", u"Laplacian", u"Dirichlet", u"Gaussian process",
    u"Matérn", u"Nyström", u"Krylov", u"Lanczos", u"Householder", u"Cholesky", u"Kronecker", u"Hadamard",
    u"Tikhonov", u"Nesterov", u"Polyak", u"Frank-Wolfe", u"ADMM", u"Langevin", u"Metropolis", u"Gibbs",
    u"Boltzmann", u"Ising", u"Potts", u"Hopfield", u"Kohonen", u"Vapnik", u"Rademacher", u"PAC-Bayes",
    u"Kolmogorov", u"Shannon", u"Fisher information", u"Cramér-Rao", u"Bellman", u"Pontryagin", u"Kalman",
    u"Viterbi", u"Baum-Welch", u"Levenshtein", u"Jaccard", u"Hausdorff", u"Gromov", u"Voronoi", u"Delaunay",
    u"Steiner", u"Hamming", u"Reed-Solomon", u"Merkle", u"zk-SNARK", u"homomorphic", u"differential privacy",
    u"Shapley", u"Nash", u"Stackelberg", u"Vickrey", u"Pareto", u"Gini", u"Hawkes", u"Poisson", u"Weibull",
    u"Cox", u"Kaplan-Meier", u"Bonferroni", u"bootstrap", u"jackknife", u"copula", u"Dirichlet process",
    u"Indian buffet", u"Chinese restaurant", u"stick-breaking", u"Plackett-Luce", u"Bradley-Terry",
    u"Elo", u"TrueSkill", u"Zipfian", u"Heaps", u"perplexity", u"BLEU", u"ROUGE", u"METEOR", u"CIDEr",
    u"FID", u"Inception score", u"LPIPS", u"SSIM", u"PSNR", u"mAP", u"IoU", u"NDCG", u"MRR", u"AUROC",
};

constexpr QStringView Datasets[] = {
    u"ImageNet", u"CIFAR-10", u"CIFAR-100", u"MNIST", u"COCO", u"Pascal VOC", u"Cityscapes", u"KITTI",
    u"nuScenes", u"ScanNet", u"ShapeNet", u"LAION", u"GLUE", u"SuperGLUE", u"SQuAD", u"MMLU", u"GSM8K",
    u"HumanEval", u"WMT", u"LibriSpeech", u"Kinetics", u"Atari", u"MuJoCo", u"D4RL", u"OGB", u"QM9",
    u"MIMIC-III", u"UK Biobank", u"WikiText-103", u"C4", u"The Pile", u"BigBench",
};

constexpr QStringView SentenceOpeners[] = {
    u"We propose", u"We present", u"In this paper, we study", u"This work investigates", u"Our approach",
    u"Experiments on", u"We show that", u"Unlike prior work,", u"To address this,", u"Results demonstrate that",
    u"Existing methods", u"Recent advances in", u"We further analyze", u"Extensive experiments show that",
    u"Moreover,", u"In addition,", u"Finally,", u"Our analysis reveals that", u"However,", u"Specifically,",
    u"In particular,", u"Empirically,", u"Theoretically,", u"We also release",
};

constexpr QStringView TitleConnectors[] = {
    u"for", u"with", u"via", u"in", u"of", u"and", u"towards", u"on", u"under", u"from", u"beyond", u"without",
};

constexpr QStringView MethodPrefixes[] = {
    u"Graph", u"Neuro", u"Deep", u"Meta", u"Hyper", u"Quant", u"Flow", u"Sparse", u"Turbo", u"Omni",
    u"Auto", u"Lumi", u"Vision", u"Lingo", u"Robo", u"Proto", u"Cross", u"Multi", u"Tensor", u"Spectra",
    u"Cogni", u"Fusion", u"Delta", u"Vector", u"Atlas", u"Echo", u"Nova", u"Orbit", u"Pixel", u"Sonic",
    u"Helix", u"Kernel", u"Prism", u"Vortex", u"Zephyr", u"Cascade", u"Nimbus", u"Quasar", u"Photon", u"Lattice",
};

constexpr QStringView MethodSuffixes[] = {
    u"Former", u"Net", u"GAN", u"Diff", u"BERT", u"Mixer", u"Flow", u"Seg", u"Det", u"Mamba",
    u"Fusion", u"Bench", u"Zero", u"Lite", u"Agent", u"Coder", u"Gen", u"Tune", u"Align", u"Sim",
    u"Map", u"Track", u"Pose", u"Depth", u"Rank", u"Search", u"Prompt", u"Chain", u"Graph", u"Loop",
};

constexpr QStringView FirstNames[] = {
    u"Wei", u"Jing", u"Li", u"Yang", u"Hao", u"Xin", u"Yu", u"Chen", u"Ming", u"Lei", u"Jun", u"Yan",
    u"Hiroshi", u"Yuki", u"Takeshi", u"Akiko", u"Min-jun", u"Ji-woo", u"Seo-yeon", u"Arjun", u"Priya",
    u"Rahul", u"Ananya", u"Vikram", u"Deepika", u"Sanjay", u"Aisha", u"Omar", u"Fatima", u"Youssef",
    u"Leila", u"Mehmet", u"Elif", u"Ahmet", u"Zeynep", u"Dmitri", u"Olga", u"Ivan", u"Natalia", u"Sergei",
    u"Anna", u"Katarzyna", u"Piotr", u"Tomáš", u"Jana", u"László", u"Zsófia", u"Matthias", u"Jürgen",
    u"Katharina", u"Lukas", u"Sophie", u"Émile", u"Camille", u"François", u"Hélène", u"Julien", u"Chloé",
    u"José", u"María", u"Javier", u"Lucía", u"Alejandro", u"Sofía", u"João", u"Beatriz", u"Giulia",
    u"Marco", u"Francesca", u"Luca", u"Søren", u"Ingrid", u"Lars", u"Astrid", u"Björn", u"Sven", u"Eero",
    u"Aino", u"James", u"Mary", u"John", u"Emily", u"Michael", u"Sarah", u"David", u"Jennifer", u"Robert",
    u"Laura", u"Daniel", u"Rachel", u"Thomas", u"Hannah", u"Kwame", u"Ama", u"Chinedu", u"Ngozi", u"Tendai",
    u"Thandiwe", u"Diego", u"Valentina", u"Mateo", u"Camila", u"Nguyen", u"Linh", u"Minh", u"Thao",
    u"Siddharth", u"Kavya", u"Noah", u"Olivia", u"Elena", u"Andrei", u"Mihai", u"Ioana", u"Nikos", u"Eleni",
};

constexpr QStringView LastNames[] = {
    u"Zhang", u"Wang", u"Li", u"Liu", u"Chen", u"Yang", u"Huang", u"Zhao", u"Wu", u"Zhou", u"Xu", u"Sun",
    u"Ma", u"Zhu", u"Hu", u"Guo", u"He", u"Lin", u"Gao", u"Luo", u"Tanaka", u"Suzuki", u"Sato", u"Watanabe",
    u"Yamamoto", u"Nakamura", u"Kobayashi", u"Kim", u"Lee", u"Park", u"Choi", u"Jung", u"Kang", u"Sharma",
    u"Patel", u"Gupta", u"Singh", u"Kumar", u"Reddy", u"Iyer", u"Nair", u"Banerjee", u"Mukherjee", u"Rao",
    u"Hassan", u"Ali", u"Haddad", u"Khalil", u"Yılmaz", u"Demir", u"Şahin", u"Ivanov", u"Petrov", u"Smirnov",
    u"Volkov", u"Kuznetsova", u"Nowak", u"Kowalski", u"Wiśniewska", u"Novák", u"Dvořák", u"Horváth", u"Nagy",
    u"Müller", u"Schmidt", u"Schneider", u"Fischer", u"Weber", u"Meyer", u"Wagner", u"Becker", u"Hoffmann",
    u"Schäfer", u"Dubois", u"Martin", u"Bernard", u"Lefèvre", u"Moreau", u"Laurent", u"Girard", u"García",
    u"Fernández", u"López", u"Martínez", u"Sánchez", u"Pérez", u"Gómez", u"Silva", u"Santos", u"Oliveira",
    u"Costa", u"Rossi", u"Russo", u"Ferrari", u"Esposito", u"Bianchi", u"Romano", u"Jensen", u"Nielsen",
    u"Hansen", u"Andersson", u"Johansson", u"Lindqvist", u"Virtanen", u"Korhonen", u"Smith", u"Johnson",
    u"Williams", u"Brown", u"Jones", u"Miller", u"Davis", u"Wilson", u"Anderson", u"Taylor", u"Thomas",
    u"Moore", u"Jackson", u"White", u"Harris", u"Clark", u"Lewis", u"Walker", u"Hall", u"Young", u"Allen",
    u"O'Brien", u"Murphy", u"Kelly", u"Mensah", u"Okafor", u"Adeyemi", u"Moyo", u"Dlamini", u"Rodríguez",
    u"Herrera", u"Castillo", u"Nguyễn", u"Trần", u"Phạm", u"Popescu", u"Ionescu", u"Papadopoulos",
    u"Georgiou", u"Cohen", u"Levi", u"Friedman",
};

constexpr QStringView CodeOwners[] = {
    u"facebookresearch", u"google-research", u"microsoft", u"openai", u"deepmind", u"huggingface",
    u"nvlabs", u"allenai", u"stanford-crfm", u"mit-han-lab", u"thunlp", u"baidu-research", u"eth-sri",
    u"cmu-l3", u"berkeley-rll", u"oxford-vgg",
};

constexpr QStringView MlTopics[] = {
    u"deep-learning", u"optimization", u"reinforcement-learning", u"generative-models", u"representation-learning",
    u"optimization/stochastic", u"deep-learning/transformers", u"theory", u"generative-models/diffusion",
    u"graph-learning", u"self-supervised", u"bayesian", u"optimization/convex", u"deep-learning/cnn",
    u"meta-learning", u"continual-learning", u"interpretability", u"fairness", u"robustness", u"federated",
    u"kernels", u"optimization/second-order", u"optimization/zeroth-order", u"optimization/bilevel",
    u"deep-learning/mixture-of-experts", u"deep-learning/normalization", u"deep-learning/rnn",
    u"generative-models/gan", u"generative-models/vae", u"generative-models/flows", u"reinforcement-learning/offline",
    u"reinforcement-learning/model-based", u"reinforcement-learning/multi-agent", u"reinforcement-learning/rlhf",
    u"robustness/adversarial", u"robustness/distribution-shift", u"bayesian/gaussian-processes",
    u"bayesian/variational", u"theory/generalization", u"theory/sample-complexity", u"efficiency",
    u"efficiency/quantization", u"efficiency/pruning", u"efficiency/distillation", u"active-learning",
};

constexpr QStringView NlpTopics[] = {
    u"language-models", u"language-models/pretraining", u"language-models/instruction-tuning",
    u"language-models/alignment", u"language-models/reasoning", u"language-models/evaluation",
    u"language-models/efficiency", u"translation", u"summarization", u"question-answering", u"retrieval",
    u"retrieval/rag", u"dialogue", u"parsing", u"information-extraction", u"multilingual", u"speech",
    u"speech/asr", u"speech/tts", u"sentiment", u"evaluation", u"code", u"code/generation", u"code/repair",
};

constexpr QStringView CvTopics[] = {
    u"detection", u"segmentation", u"generation", u"generation/diffusion", u"generation/gan", u"3d",
    u"3d/nerf", u"3d/gaussian-splatting", u"3d/point-clouds", u"video", u"tracking", u"pose", u"depth",
    u"recognition", u"vision-language", u"medical-imaging", u"remote-sensing", u"self-driving", u"ocr",
};

constexpr QStringView RoboticsTopics[] = {
    u"manipulation", u"navigation", u"locomotion", u"planning", u"control", u"sim2real", u"grasping",
    u"multi-robot", u"humanoids", u"control/mpc",
};

constexpr QStringView SystemsTopics[] = {
    u"distributed", u"compilers", u"databases", u"storage", u"networking", u"gpu", u"scheduling", u"energy",
    u"ml-systems", u"ml-systems/serving", u"ml-systems/training",
};

constexpr QStringView TheoryTopics[] = {
    u"algorithms", u"complexity", u"learning-theory", u"cryptography", u"game-theory", u"graph-theory",
    u"algorithms/approximation", u"algorithms/streaming", u"quantum-computing",
};

constexpr QStringView StatsTopics[] = {
    u"causal-inference", u"time-series", u"hypothesis-testing", u"sampling", u"survival-analysis",
    u"conformal-prediction", u"nonparametric",
};

constexpr QStringView HciTopics[] = {u"visualization", u"accessibility", u"crowdsourcing", u"user-studies", u"education"};
constexpr QStringView BioTopics[] = {u"genomics", u"protein-structure", u"drug-discovery", u"neuroscience", u"epidemiology", u"single-cell"};
constexpr QStringView PhysicsTopics[] = {u"quantum", u"materials", u"climate", u"astrophysics", u"fluid-dynamics", u"pde"};
constexpr QStringView SecurityTopics[] = {u"privacy", u"privacy/differential-privacy", u"adversarial", u"malware", u"formal-verification"};
constexpr QStringView EconTopics[] = {u"markets", u"mechanism-design", u"forecasting", u"auctions"};

constexpr TagArea TagAreas[] = {
    {u"ml", u"#3584e4", MlTopics},          {u"nlp", u"#2ec27e", NlpTopics},
    {u"cv", u"#e66100", CvTopics},          {u"robotics", u"#9141ac", RoboticsTopics},
    {u"systems", u"#865e3c", SystemsTopics}, {u"theory", {}, TheoryTopics},
    {u"stats", {}, StatsTopics},            {u"hci", u"#c061cb", HciTopics},
    {u"bio", u"#26a269", BioTopics},        {u"physics", {}, PhysicsTopics},
    {u"security", u"#c01c28", SecurityTopics}, {u"econ", {}, EconTopics},
};

constexpr QStringView Venues[] = {
    u"neurips", u"icml", u"iclr", u"cvpr", u"acl", u"emnlp", u"iccv", u"eccv", u"aaai", u"kdd", u"icra",
    u"corl", u"naacl", u"sigir", u"www", u"chi",
};

constexpr QStringView WorkflowTags[] = {
    u"to-cite", u"important", u"project/thesis", u"project/survey", u"project/reading-group", u"reproduce",
};

} // namespace

const Words contentTerms = ContentTerms;
const Words functionWords = FunctionWords;
const Words rareTerms = RareTerms;
const Words datasets = Datasets;
const Words sentenceOpeners = SentenceOpeners;
const Words titleConnectors = TitleConnectors;
const Words methodPrefixes = MethodPrefixes;
const Words methodSuffixes = MethodSuffixes;
const Words firstNames = FirstNames;
const Words lastNames = LastNames;
const Words codeOwners = CodeOwners;
const std::span<const TagArea> tagAreas = TagAreas;
const Words venues = Venues;
const Words workflowTags = WorkflowTags;

} // namespace Lectern::Synth::Vocabulary
