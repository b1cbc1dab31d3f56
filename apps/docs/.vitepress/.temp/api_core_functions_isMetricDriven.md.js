import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isMetricDriven()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/isMetricDriven.md","filePath":"api/core/functions/isMetricDriven.md"}');
const _sfc_main = { name: "api/core/functions/isMetricDriven.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / isMetricDriven</p><h1 id="function-ismetricdriven" tabindex="-1">Function: isMetricDriven() <a class="header-anchor" href="#function-ismetricdriven" aria-label="Permalink to &quot;Function: isMetricDriven()&quot;">​</a></h1><blockquote><p><strong>isMetricDriven</strong>(<code>scheduler</code>): <code>boolean</code></p></blockquote><p>Whether a scheduler is stepped with a metric: ReduceLROnPlateau, or a paramwise one holding one.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="scheduler" tabindex="-1">scheduler <a class="header-anchor" href="#scheduler" aria-label="Permalink to &quot;scheduler&quot;">​</a></h3><p><a href="./../interfaces/Scheduler"><code>Scheduler</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>boolean</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/isMetricDriven.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isMetricDriven = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isMetricDriven as default
};
