import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WeightOwner","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/interfaces/WeightOwner.md","filePath":"api/tfjs/interfaces/WeightOwner.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/WeightOwner.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / WeightOwner</p><h1 id="interface-weightowner" tabindex="-1">Interface: WeightOwner <a class="header-anchor" href="#interface-weightowner" aria-label="Permalink to &quot;Interface: WeightOwner&quot;">​</a></h1><p>A layer or a model: its trainable weights form the group.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="trainableweights" tabindex="-1">trainableWeights <a class="header-anchor" href="#trainableweights" aria-label="Permalink to &quot;trainableWeights&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>trainableWeights</strong>: readonly <a href="./VariableHandle"><code>VariableHandle</code></a>[]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/WeightOwner.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WeightOwner = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WeightOwner as default
};
