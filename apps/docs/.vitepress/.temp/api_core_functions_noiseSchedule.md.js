import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: noiseSchedule()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/noiseSchedule.md","filePath":"api/core/functions/noiseSchedule.md"}');
const _sfc_main = { name: "api/core/functions/noiseSchedule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / noiseSchedule</p><h1 id="function-noiseschedule" tabindex="-1">Function: noiseSchedule() <a class="header-anchor" href="#function-noiseschedule" aria-label="Permalink to &quot;Function: noiseSchedule()&quot;">​</a></h1><blockquote><p><strong>noiseSchedule</strong>(<code>options</code>): <a href="./../interfaces/Schedule"><code>Schedule</code></a></p></blockquote><p>Multiplies a schedule by (1 + n) with seeded, reproducible noise n per step, as timm&#39;s noise_range_t / noise_pct / noise_std / noise_seed. The noise depends only on (seed, step): every worker and every resume sees the same curve. timm draws from torch&#39;s generator, so the individual draws differ from timm&#39;s; their distribution is the same. Spec type <code>&#39;noise&#39;</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/NoiseScheduleOptions"><code>NoiseScheduleOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Schedule"><code>Schedule</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/noiseSchedule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const noiseSchedule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  noiseSchedule as default
};
