import { preview } from '@lrkit/core';

const spec = { version: 1, type: 'OneCycleLR', maxLr: 0.1, totalSteps: 1000 };
const { lr, momentum } = preview(spec, { steps: 1000 });
console.log(lr[0]?.[300], momentum?.[0]?.[300]); // the peak lr, and momentum at its lowest
