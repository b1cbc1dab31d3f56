import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OptaxLinearOnecycleOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/OptaxLinearOnecycleOptions.md","filePath":"api/core/interfaces/OptaxLinearOnecycleOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/OptaxLinearOnecycleOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / OptaxLinearOnecycleOptions</p><h1 id="interface-optaxlinearonecycleoptions" tabindex="-1">Interface: OptaxLinearOnecycleOptions <a class="header-anchor" href="#interface-optaxlinearonecycleoptions" aria-label="Permalink to &quot;Interface: OptaxLinearOnecycleOptions&quot;">​</a></h1><p>Options of <a href="./../functions/optaxLinearOnecycleSchedule">optaxLinearOnecycleSchedule</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="divfactor" tabindex="-1">divFactor? <a class="header-anchor" href="#divfactor" aria-label="Permalink to &quot;divFactor?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>divFactor?</strong>: <code>number</code></p></blockquote><p>Default 25.</p><hr><h3 id="finaldivfactor" tabindex="-1">finalDivFactor? <a class="header-anchor" href="#finaldivfactor" aria-label="Permalink to &quot;finalDivFactor?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>finalDivFactor?</strong>: <code>number</code></p></blockquote><p>Default 1e4.</p><hr><h3 id="pctfinal" tabindex="-1">pctFinal? <a class="header-anchor" href="#pctfinal" aria-label="Permalink to &quot;pctFinal?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>pctFinal?</strong>: <code>number</code></p></blockquote><p>Default 0.85.</p><hr><h3 id="pctstart" tabindex="-1">pctStart? <a class="header-anchor" href="#pctstart" aria-label="Permalink to &quot;pctStart?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>pctStart?</strong>: <code>number</code></p></blockquote><p>Default 0.3.</p><hr><h3 id="peakvalue" tabindex="-1">peakValue <a class="header-anchor" href="#peakvalue" aria-label="Permalink to &quot;peakValue&quot;">​</a></h3><blockquote><p><strong>peakValue</strong>: <code>number</code></p></blockquote><hr><h3 id="transitionsteps" tabindex="-1">transitionSteps <a class="header-anchor" href="#transitionsteps" aria-label="Permalink to &quot;transitionSteps&quot;">​</a></h3><blockquote><p><strong>transitionSteps</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/OptaxLinearOnecycleOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OptaxLinearOnecycleOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OptaxLinearOnecycleOptions as default
};
