import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: hfWarmupStableDecay()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/hfWarmupStableDecay.md","filePath":"api/core/functions/hfWarmupStableDecay.md"}');
const _sfc_main = { name: "api/core/functions/hfWarmupStableDecay.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / hfWarmupStableDecay</p><h1 id="function-hfwarmupstabledecay" tabindex="-1">Function: hfWarmupStableDecay() <a class="header-anchor" href="#function-hfwarmupstabledecay" aria-label="Permalink to &quot;Function: hfWarmupStableDecay()&quot;">​</a></h1><blockquote><p><strong>hfWarmupStableDecay</strong>(<code>options</code>): <a href="./../interfaces/Schedule"><code>Schedule</code></a></p></blockquote><p>transformers <code>get_wsd_schedule</code> (<code>warmup_stable_decay</code>): warmup (linear, cosine or 1-sqrt) from minLrRatio to 1, a stable phase at 1, a decay (linear, cosine or 1-sqrt) back to minLrRatio, then minLrRatio. Spec type <code>&#39;hf-warmup-stable-decay&#39;</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/HfWarmupStableDecayOptions"><code>HfWarmupStableDecayOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Schedule"><code>Schedule</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/hfWarmupStableDecay.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const hfWarmupStableDecay = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  hfWarmupStableDecay as default
};
