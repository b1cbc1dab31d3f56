import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: validateOptimizer()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/validateOptimizer.md","filePath":"api/core/functions/validateOptimizer.md"}');
const _sfc_main = { name: "api/core/functions/validateOptimizer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / validateOptimizer</p><h1 id="function-validateoptimizer" tabindex="-1">Function: validateOptimizer() <a class="header-anchor" href="#function-validateoptimizer" aria-label="Permalink to &quot;Function: validateOptimizer()&quot;">​</a></h1><blockquote><p><strong>validateOptimizer</strong>(<code>optimizer</code>, <code>parameter?</code>): <a href="./../interfaces/Optimizer"><code>Optimizer</code></a></p></blockquote><p>Checks the optimizer shape and that every group&#39;s lr is a finite number.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="optimizer" tabindex="-1">optimizer <a class="header-anchor" href="#optimizer" aria-label="Permalink to &quot;optimizer&quot;">​</a></h3><p><code>unknown</code></p><h3 id="parameter" tabindex="-1">parameter? <a class="header-anchor" href="#parameter" aria-label="Permalink to &quot;parameter?&quot;">​</a></h3><p><code>string</code> = <code>&#39;optimizer&#39;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Optimizer"><code>Optimizer</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/validateOptimizer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const validateOptimizer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  validateOptimizer as default
};
