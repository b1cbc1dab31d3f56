export { fromHf, type HfSchedulerConfig } from './from-hf';
export {
  fromHfTrainingArguments,
  type HfTrainingArguments,
} from './from-hf-training-arguments';
export { HF_SCHEDULER_TYPES, type HfSchedulerType } from './hf-kwargs';
