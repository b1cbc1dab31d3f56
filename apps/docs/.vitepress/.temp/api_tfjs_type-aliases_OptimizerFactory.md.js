import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: OptimizerFactory","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/type-aliases/OptimizerFactory.md","filePath":"api/tfjs/type-aliases/OptimizerFactory.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/OptimizerFactory.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / OptimizerFactory</p><h1 id="type-alias-optimizerfactory" tabindex="-1">Type Alias: OptimizerFactory <a class="header-anchor" href="#type-alias-optimizerfactory" aria-label="Permalink to &quot;Type Alias: OptimizerFactory&quot;">​</a></h1><blockquote><p><strong>OptimizerFactory</strong> = (<code>lr</code>) =&gt; <code>TfOptimizer</code></p></blockquote><p>Builds one group&#39;s tf.train optimizer from the group&#39;s lr, e.g. <code>(lr) =&gt; tf.train.adam(lr)</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="lr" tabindex="-1">lr <a class="header-anchor" href="#lr" aria-label="Permalink to &quot;lr&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>TfOptimizer</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/OptimizerFactory.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OptimizerFactory = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OptimizerFactory as default
};
