import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ParamShape","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/ParamShape.md","filePath":"api/onnx-training/interfaces/ParamShape.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/ParamShape.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / ParamShape</p><h1 id="interface-paramshape" tabindex="-1">Interface: ParamShape <a class="header-anchor" href="#interface-paramshape" aria-label="Permalink to &quot;Interface: ParamShape&quot;">​</a></h1><p>A parameter as the graph builders see it: its name and fixed shape.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="dims" tabindex="-1">dims <a class="header-anchor" href="#dims" aria-label="Permalink to &quot;dims&quot;">​</a></h3><blockquote><p><strong>dims</strong>: readonly <code>number</code>[]</p></blockquote><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/ParamShape.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ParamShape = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ParamShape as default
};
