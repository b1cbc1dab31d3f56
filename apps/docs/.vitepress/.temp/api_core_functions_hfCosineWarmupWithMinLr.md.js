import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: hfCosineWarmupWithMinLr()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/hfCosineWarmupWithMinLr.md","filePath":"api/core/functions/hfCosineWarmupWithMinLr.md"}');
const _sfc_main = { name: "api/core/functions/hfCosineWarmupWithMinLr.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / hfCosineWarmupWithMinLr</p><h1 id="function-hfcosinewarmupwithminlr" tabindex="-1">Function: hfCosineWarmupWithMinLr() <a class="header-anchor" href="#function-hfcosinewarmupwithminlr" aria-label="Permalink to &quot;Function: hfCosineWarmupWithMinLr()&quot;">​</a></h1><blockquote><p><strong>hfCosineWarmupWithMinLr</strong>(<code>options</code>): <a href="./../interfaces/Schedule"><code>Schedule</code></a></p></blockquote><p>transformers <code>get_cosine_with_min_lr_schedule_with_warmup_lr_rate</code> (<code>cosine_warmup_with_min_lr</code>): the warmup counts from step + 1 (or starts at warmupLrRate) and the cosine&#39;s progress is (t − W + 1) / (N − W). Spec type <code>&#39;hf-cosine-warmup-with-min-lr&#39;</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/HfCosineWarmupWithMinLrOptions"><code>HfCosineWarmupWithMinLrOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Schedule"><code>Schedule</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/hfCosineWarmupWithMinLr.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const hfCosineWarmupWithMinLr = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  hfCosineWarmupWithMinLr as default
};
