import { fromTorch, parseTorchString } from '@lrkit/core';

// Porting: paste the PyTorch line as it is; lrkit reads PyTorch's keyword names and defaults.
const optimizer = { paramGroups: [{ lr: 0.1, momentum: 0.9 }] };
const config = parseTorchString('CosineAnnealingLR(optimizer, T_max=100, eta_min=1e-4)');
const scheduler = fromTorch(optimizer, config);
for (let epoch = 0; epoch < 50; epoch++) scheduler.step();
console.log(scheduler.getLastLr()); // [0.05005]: halfway down the cosine, as in PyTorch
