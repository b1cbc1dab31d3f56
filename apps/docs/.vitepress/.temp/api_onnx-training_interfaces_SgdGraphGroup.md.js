import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SgdGraphGroup","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/SgdGraphGroup.md","filePath":"api/onnx-training/interfaces/SgdGraphGroup.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/SgdGraphGroup.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / SgdGraphGroup</p><h1 id="interface-sgdgraphgroup" tabindex="-1">Interface: SgdGraphGroup <a class="header-anchor" href="#interface-sgdgraphgroup" aria-label="Permalink to &quot;Interface: SgdGraphGroup&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="dampening" tabindex="-1">dampening <a class="header-anchor" href="#dampening" aria-label="Permalink to &quot;dampening&quot;">​</a></h3><blockquote><p><strong>dampening</strong>: <code>number</code></p></blockquote><hr><h3 id="maximize" tabindex="-1">maximize <a class="header-anchor" href="#maximize" aria-label="Permalink to &quot;maximize&quot;">​</a></h3><blockquote><p><strong>maximize</strong>: <code>boolean</code></p></blockquote><hr><h3 id="nesterov" tabindex="-1">nesterov <a class="header-anchor" href="#nesterov" aria-label="Permalink to &quot;nesterov&quot;">​</a></h3><blockquote><p><strong>nesterov</strong>: <code>boolean</code></p></blockquote><hr><h3 id="params" tabindex="-1">params <a class="header-anchor" href="#params" aria-label="Permalink to &quot;params&quot;">​</a></h3><blockquote><p><strong>params</strong>: readonly <a href="./ParamShape"><code>ParamShape</code></a>[]</p></blockquote><hr><h3 id="weightdecay" tabindex="-1">weightDecay <a class="header-anchor" href="#weightdecay" aria-label="Permalink to &quot;weightDecay&quot;">​</a></h3><blockquote><p><strong>weightDecay</strong>: <code>number</code></p></blockquote><hr><h3 id="withmomentum" tabindex="-1">withMomentum <a class="header-anchor" href="#withmomentum" aria-label="Permalink to &quot;withMomentum&quot;">​</a></h3><blockquote><p><strong>withMomentum</strong>: <code>boolean</code></p></blockquote><p>Whether the group carries a momentum buffer: its momentum is non-zero now, or a buffer already exists. Without it the graph is plain SGD and has no <code>momentum.&lt;g&gt;</code> input.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/SgdGraphGroup.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SgdGraphGroup = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SgdGraphGroup as default
};
