import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HfGetSchedulerOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/HfGetSchedulerOptions.md","filePath":"api/core/interfaces/HfGetSchedulerOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/HfGetSchedulerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / HfGetSchedulerOptions</p><h1 id="interface-hfgetscheduleroptions" tabindex="-1">Interface: HfGetSchedulerOptions <a class="header-anchor" href="#interface-hfgetscheduleroptions" aria-label="Permalink to &quot;Interface: HfGetSchedulerOptions&quot;">​</a></h1><p>Arguments of <a href="./../functions/hfGetScheduler">hfGetScheduler</a>, as transformers&#39; <code>get_scheduler</code> takes them.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="numtrainingsteps" tabindex="-1">numTrainingSteps? <a class="header-anchor" href="#numtrainingsteps" aria-label="Permalink to &quot;numTrainingSteps?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>numTrainingSteps?</strong>: <code>number</code></p></blockquote><hr><h3 id="numwarmupsteps" tabindex="-1">numWarmupSteps? <a class="header-anchor" href="#numwarmupsteps" aria-label="Permalink to &quot;numWarmupSteps?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>numWarmupSteps?</strong>: <code>number</code></p></blockquote><hr><h3 id="schedulerspecifickwargs" tabindex="-1">schedulerSpecificKwargs? <a class="header-anchor" href="#schedulerspecifickwargs" aria-label="Permalink to &quot;schedulerSpecificKwargs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>schedulerSpecificKwargs?</strong>: <code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;</p></blockquote><p>The schedule&#39;s own arguments (numCycles, lrEnd, power, lrInit, minLr, ...), camelCase.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/HfGetSchedulerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HfGetSchedulerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HfGetSchedulerOptions as default
};
