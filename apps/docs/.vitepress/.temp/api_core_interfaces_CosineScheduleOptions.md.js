import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CosineScheduleOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/CosineScheduleOptions.md","filePath":"api/core/interfaces/CosineScheduleOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/CosineScheduleOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / CosineScheduleOptions</p><h1 id="interface-cosinescheduleoptions" tabindex="-1">Interface: CosineScheduleOptions <a class="header-anchor" href="#interface-cosinescheduleoptions" aria-label="Permalink to &quot;Interface: CosineScheduleOptions&quot;">​</a></h1><p>Options of <a href="./../functions/cosineSchedule">cosineSchedule</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="decaysteps" tabindex="-1">decaySteps <a class="header-anchor" href="#decaysteps" aria-label="Permalink to &quot;decaySteps&quot;">​</a></h3><blockquote><p><strong>decaySteps</strong>: <code>number</code></p></blockquote><p>Steps of the half cosine from peakLr down to minLr (a positive integer).</p><hr><h3 id="exponent" tabindex="-1">exponent? <a class="header-anchor" href="#exponent" aria-label="Permalink to &quot;exponent?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>exponent?</strong>: <code>number</code></p></blockquote><p>Raises the cosine factor to this power (optax&#39;s <code>exponent</code>); &gt; 1 decays sooner. Default 1.</p><hr><h3 id="minlr" tabindex="-1">minLr? <a class="header-anchor" href="#minlr" aria-label="Permalink to &quot;minLr?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>minLr?</strong>: <code>number</code></p></blockquote><p>The lr from step decaySteps on. Default 0.</p><hr><h3 id="peaklr" tabindex="-1">peakLr <a class="header-anchor" href="#peaklr" aria-label="Permalink to &quot;peakLr&quot;">​</a></h3><blockquote><p><strong>peakLr</strong>: <code>number</code></p></blockquote><p>The lr at step 0.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/CosineScheduleOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CosineScheduleOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CosineScheduleOptions as default
};
