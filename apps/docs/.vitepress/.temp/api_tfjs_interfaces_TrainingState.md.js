import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TrainingState","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/interfaces/TrainingState.md","filePath":"api/tfjs/interfaces/TrainingState.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/TrainingState.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / TrainingState</p><h1 id="interface-trainingstate" tabindex="-1">Interface: TrainingState <a class="header-anchor" href="#interface-trainingstate" aria-label="Permalink to &quot;Interface: TrainingState&quot;">​</a></h1><p>lrkit&#39;s part of a checkpoint, kept in the model&#39;s user-defined metadata under <code>lrkit</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="format" tabindex="-1">format <a class="header-anchor" href="#format" aria-label="Permalink to &quot;format&quot;">​</a></h3><blockquote><p><strong>format</strong>: <code>&quot;lrkit-tfjs-checkpoint&quot;</code></p></blockquote><hr><h3 id="optimizers" tabindex="-1">optimizers <a class="header-anchor" href="#optimizers" aria-label="Permalink to &quot;optimizers&quot;">​</a></h3><blockquote><p><strong>optimizers</strong>: <a href="./../type-aliases/OptimizerState"><code>OptimizerState</code></a>[]</p></blockquote><hr><h3 id="schedulers" tabindex="-1">schedulers <a class="header-anchor" href="#schedulers" aria-label="Permalink to &quot;schedulers&quot;">​</a></h3><blockquote><p><strong>schedulers</strong>: <code>RunnerState</code>[]</p></blockquote><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>1</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/TrainingState.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TrainingState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TrainingState as default
};
