import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import 'uplot/dist/uPlot.min.css';
import CompareChart from './components/CompareChart.vue';
import GalleryGrid from './components/GalleryGrid.vue';
import LiveTrainer from './components/LiveTrainer.vue';
import ScheduleChart from './components/ScheduleChart.vue';
import SpecPlayground from './components/SpecPlayground.vue';
import TorchTable from './components/TorchTable.vue';
import './style.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('ScheduleChart', ScheduleChart);
    app.component('CompareChart', CompareChart);
    app.component('GalleryGrid', GalleryGrid);
    app.component('TorchTable', TorchTable);
    app.component('SpecPlayground', SpecPlayground);
    app.component('LiveTrainer', LiveTrainer);
  },
} satisfies Theme;
