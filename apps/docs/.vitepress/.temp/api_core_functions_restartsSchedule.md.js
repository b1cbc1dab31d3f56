import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: restartsSchedule()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/restartsSchedule.md","filePath":"api/core/functions/restartsSchedule.md"}');
const _sfc_main = { name: "api/core/functions/restartsSchedule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / restartsSchedule</p><h1 id="function-restartsschedule" tabindex="-1">Function: restartsSchedule() <a class="header-anchor" href="#function-restartsschedule" aria-label="Permalink to &quot;Function: restartsSchedule()&quot;">​</a></h1><blockquote><p><strong>restartsSchedule</strong>(<code>options</code>): <a href="./../interfaces/Schedule"><code>Schedule</code></a></p></blockquote><p>Cycles of a decay shape restarted at a (decaying) peak: SGDR&#39;s warm restarts with timm&#39;s cycle_mul, cycle_decay, cycle_limit and k_decay. Spec type <code>&#39;restarts&#39;</code>.</p><p>In cycle i with length Tᵢ and step tᵢ inside it: lr = minLr + (peakLr · cycleDecay^i − minLr) · shape((tᵢ / Tᵢ)^kDecay)</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/RestartsScheduleOptions"><code>RestartsScheduleOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Schedule"><code>Schedule</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/restartsSchedule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const restartsSchedule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  restartsSchedule as default
};
