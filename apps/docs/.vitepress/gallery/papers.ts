import type { Paper } from './types';

/** Papers the gallery's schedules come from: real titles, arXiv abstract pages. */
export const PAPERS = {
  sgdr: {
    title: 'SGDR: Stochastic Gradient Descent with Warm Restarts',
    url: 'https://arxiv.org/abs/1608.03983',
  },
  clr: {
    title: 'Cyclical Learning Rates for Training Neural Networks',
    url: 'https://arxiv.org/abs/1506.01186',
  },
  super: {
    title: 'Super-Convergence: Very Fast Training of Neural Networks Using Large Learning Rates',
    url: 'https://arxiv.org/abs/1708.07120',
  },
  attention: { title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762' },
  minicpm: {
    title:
      'MiniCPM: Unveiling the Potential of Small Language Models with Scalable Training Strategies',
    url: 'https://arxiv.org/abs/2404.06395',
  },
  goyal: {
    title: 'Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour',
    url: 'https://arxiv.org/abs/1706.02677',
  },
  bert: {
    title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    url: 'https://arxiv.org/abs/1810.04805',
  },
  htd: {
    title: 'Stochastic Gradient Descent with Hyperbolic-Tangent Decay on Classification',
    url: 'https://arxiv.org/abs/1806.01593',
  },
  hagele: {
    title: 'Scaling Laws and Compute-Optimal Training Beyond Fixed Training Durations',
    url: 'https://arxiv.org/abs/2405.18392',
  },
  dino: {
    title: 'Emerging Properties in Self-Supervised Vision Transformers',
    url: 'https://arxiv.org/abs/2104.14294',
  },
} as const satisfies Record<string, Paper>;
