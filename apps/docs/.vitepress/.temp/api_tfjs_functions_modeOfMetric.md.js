import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: modeOfMetric()","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/functions/modeOfMetric.md","filePath":"api/tfjs/functions/modeOfMetric.md"}');
const _sfc_main = { name: "api/tfjs/functions/modeOfMetric.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / modeOfMetric</p><h1 id="function-modeofmetric" tabindex="-1">Function: modeOfMetric() <a class="header-anchor" href="#function-modeofmetric" aria-label="Permalink to &quot;Function: modeOfMetric()&quot;">​</a></h1><blockquote><p><strong>modeOfMetric</strong>(<code>monitor</code>): <code>&quot;min&quot;</code> | <code>&quot;max&quot;</code></p></blockquote><p>Keras&#39;s guess of a metric&#39;s direction, from its name.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="monitor" tabindex="-1">monitor <a class="header-anchor" href="#monitor" aria-label="Permalink to &quot;monitor&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>&quot;min&quot;</code> | <code>&quot;max&quot;</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/modeOfMetric.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const modeOfMetric = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  modeOfMetric as default
};
