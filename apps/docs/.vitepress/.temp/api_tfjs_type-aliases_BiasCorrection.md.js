import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BiasCorrection","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/type-aliases/BiasCorrection.md","filePath":"api/tfjs/type-aliases/BiasCorrection.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/BiasCorrection.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / BiasCorrection</p><h1 id="type-alias-biascorrection" tabindex="-1">Type Alias: BiasCorrection <a class="header-anchor" href="#type-alias-biascorrection" aria-label="Permalink to &quot;Type Alias: BiasCorrection&quot;">​</a></h1><blockquote><p><strong>BiasCorrection</strong> = <code>&quot;product&quot;</code> | <code>&quot;torch&quot;</code></p></blockquote><p>How Adam and Adamax bias-correct the first moment when a scheduler changes beta1 (and Adam&#39;s beta2) during training.</p><ul><li><code>&#39;product&#39;</code> (default, tfjs&#39;s own rule): the correction uses the product of the betas actually applied, <code>1 - β1(1)·β1(2)·…·β1(t)</code>. That is exactly the total weight of the moving average with a varying beta, so the corrected moment stays an unbiased weighted mean of the gradients.</li><li><code>&#39;torch&#39;</code>: as <code>torch.optim.Adam</code>, the correction uses the current beta only, <code>1 - β1(t)^t</code>; choose it to reproduce a PyTorch run with OneCycleLR/CyclicLR momentum cycling. With constant betas the two agree (up to float32 rounding of the running product).</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/BiasCorrection.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BiasCorrection = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BiasCorrection as default
};
