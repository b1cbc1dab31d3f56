import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PolynomialScheduleOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/PolynomialScheduleOptions.md","filePath":"api/core/interfaces/PolynomialScheduleOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/PolynomialScheduleOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / PolynomialScheduleOptions</p><h1 id="interface-polynomialscheduleoptions" tabindex="-1">Interface: PolynomialScheduleOptions <a class="header-anchor" href="#interface-polynomialscheduleoptions" aria-label="Permalink to &quot;Interface: PolynomialScheduleOptions&quot;">​</a></h1><p>Options of <a href="./../functions/polynomialSchedule">polynomialSchedule</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cycle" tabindex="-1">cycle? <a class="header-anchor" href="#cycle" aria-label="Permalink to &quot;cycle?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>cycle?</strong>: <code>boolean</code></p></blockquote><p>Past decaySteps, decay again over the next multiple of decaySteps (Keras <code>cycle</code>). Default false.</p><hr><h3 id="decaysteps" tabindex="-1">decaySteps <a class="header-anchor" href="#decaysteps" aria-label="Permalink to &quot;decaySteps&quot;">​</a></h3><blockquote><p><strong>decaySteps</strong>: <code>number</code></p></blockquote><p>Steps of the decay (a positive integer).</p><hr><h3 id="endlr" tabindex="-1">endLr? <a class="header-anchor" href="#endlr" aria-label="Permalink to &quot;endLr?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>endLr?</strong>: <code>number</code></p></blockquote><p>The lr reached at decaySteps. Default 0.</p><hr><h3 id="power" tabindex="-1">power? <a class="header-anchor" href="#power" aria-label="Permalink to &quot;power?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>power?</strong>: <code>number</code></p></blockquote><p>Exponent of the decay: 1 is linear, 2 quadratic, 0.5 square root. Default 1.</p><hr><h3 id="startlr" tabindex="-1">startLr <a class="header-anchor" href="#startlr" aria-label="Permalink to &quot;startLr&quot;">​</a></h3><blockquote><p><strong>startLr</strong>: <code>number</code></p></blockquote><p>The lr at step 0.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/PolynomialScheduleOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PolynomialScheduleOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PolynomialScheduleOptions as default
};
