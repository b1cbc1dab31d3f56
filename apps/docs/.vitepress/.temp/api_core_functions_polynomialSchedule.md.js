import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: polynomialSchedule()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/polynomialSchedule.md","filePath":"api/core/functions/polynomialSchedule.md"}');
const _sfc_main = { name: "api/core/functions/polynomialSchedule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / polynomialSchedule</p><h1 id="function-polynomialschedule" tabindex="-1">Function: polynomialSchedule() <a class="header-anchor" href="#function-polynomialschedule" aria-label="Permalink to &quot;Function: polynomialSchedule()&quot;">​</a></h1><blockquote><p><strong>polynomialSchedule</strong>(<code>options</code>): <a href="./../interfaces/Schedule"><code>Schedule</code></a></p></blockquote><p>Polynomial decay from startLr to endLr (Keras <code>PolynomialDecay</code>, optax <code>polynomial_schedule</code>). Spec type <code>&#39;polynomial&#39;</code>.</p><p>lr(t) = (startLr − endLr) · (1 − min(t, T) / T)^power + endLr; with cycle, T is the first multiple of decaySteps ≥ t.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/PolynomialScheduleOptions"><code>PolynomialScheduleOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Schedule"><code>Schedule</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/polynomialSchedule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const polynomialSchedule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  polynomialSchedule as default
};
