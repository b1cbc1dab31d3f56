import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AdamGraphGroup","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/AdamGraphGroup.md","filePath":"api/onnx-training/interfaces/AdamGraphGroup.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/AdamGraphGroup.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / AdamGraphGroup</p><h1 id="interface-adamgraphgroup" tabindex="-1">Interface: AdamGraphGroup <a class="header-anchor" href="#interface-adamgraphgroup" aria-label="Permalink to &quot;Interface: AdamGraphGroup&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="amsgrad" tabindex="-1">amsgrad <a class="header-anchor" href="#amsgrad" aria-label="Permalink to &quot;amsgrad&quot;">​</a></h3><blockquote><p><strong>amsgrad</strong>: <code>boolean</code></p></blockquote><hr><h3 id="eps" tabindex="-1">eps <a class="header-anchor" href="#eps" aria-label="Permalink to &quot;eps&quot;">​</a></h3><blockquote><p><strong>eps</strong>: <code>number</code></p></blockquote><hr><h3 id="maximize" tabindex="-1">maximize <a class="header-anchor" href="#maximize" aria-label="Permalink to &quot;maximize&quot;">​</a></h3><blockquote><p><strong>maximize</strong>: <code>boolean</code></p></blockquote><hr><h3 id="params" tabindex="-1">params <a class="header-anchor" href="#params" aria-label="Permalink to &quot;params&quot;">​</a></h3><blockquote><p><strong>params</strong>: readonly <a href="./ParamShape"><code>ParamShape</code></a>[]</p></blockquote><hr><h3 id="weightdecay" tabindex="-1">weightDecay <a class="header-anchor" href="#weightdecay" aria-label="Permalink to &quot;weightDecay&quot;">​</a></h3><blockquote><p><strong>weightDecay</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/AdamGraphGroup.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AdamGraphGroup = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AdamGraphGroup as default
};
