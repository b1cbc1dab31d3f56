import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: timmTanh()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/timmTanh.md","filePath":"api/core/functions/timmTanh.md"}');
const _sfc_main = { name: "api/core/functions/timmTanh.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / timmTanh</p><h1 id="function-timmtanh" tabindex="-1">Function: timmTanh() <a class="header-anchor" href="#function-timmtanh" aria-label="Permalink to &quot;Function: timmTanh()&quot;">​</a></h1><blockquote><p><strong>timmTanh</strong>(<code>options</code>): <a href="./../interfaces/Schedule"><code>Schedule</code></a></p></blockquote><p>timm <code>TanhLRScheduler</code> (Hsueh et al.): lrMin + ½ (lrMax − lrMin)(1 − tanh(lb (1 − r) + ub r)) per cycle, r = tCurr / tI. Without warmupPrefix its warmup climbs to the curve&#39;s value at warmupT, as timm&#39;s. Spec type <code>&#39;timm-tanh&#39;</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/TimmTanhOptions"><code>TimmTanhOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Schedule"><code>Schedule</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/timmTanh.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const timmTanh = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  timmTanh as default
};
