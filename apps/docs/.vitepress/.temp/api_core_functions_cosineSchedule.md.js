import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: cosineSchedule()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/cosineSchedule.md","filePath":"api/core/functions/cosineSchedule.md"}');
const _sfc_main = { name: "api/core/functions/cosineSchedule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / cosineSchedule</p><h1 id="function-cosineschedule" tabindex="-1">Function: cosineSchedule() <a class="header-anchor" href="#function-cosineschedule" aria-label="Permalink to &quot;Function: cosineSchedule()&quot;">​</a></h1><blockquote><p><strong>cosineSchedule</strong>(<code>options</code>): <a href="./../interfaces/Schedule"><code>Schedule</code></a></p></blockquote><p>Half-cosine decay from peakLr to minLr over decaySteps, held at minLr afterwards (optax <code>cosine_decay_schedule</code> with alpha = minLr / peakLr). Spec type <code>&#39;cosine&#39;</code>.</p><p>lr(t) = minLr + (peakLr − minLr) · (½ (1 + cos(π · min(t, T) / T)))^exponent</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/CosineScheduleOptions"><code>CosineScheduleOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Schedule"><code>Schedule</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/cosineSchedule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cosineSchedule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cosineSchedule as default
};
