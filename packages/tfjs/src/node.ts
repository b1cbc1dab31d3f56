export { fileCheckpoint } from './checkpoint/file-checkpoint';
