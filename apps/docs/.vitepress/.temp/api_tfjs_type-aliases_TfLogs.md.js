import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TfLogs","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/type-aliases/TfLogs.md","filePath":"api/tfjs/type-aliases/TfLogs.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/TfLogs.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / TfLogs</p><h1 id="type-alias-tflogs" tabindex="-1">Type Alias: TfLogs <a class="header-anchor" href="#type-alias-tflogs" aria-label="Permalink to &quot;Type Alias: TfLogs&quot;">​</a></h1><blockquote><p><strong>TfLogs</strong> = <code>object</code></p></blockquote><p>tfjs&#39;s callback logs: numbers, or <code>tf.Scalar</code>s when the callback is a <code>tf.Callback</code> instance.</p><h2 id="index-signature" tabindex="-1">Index Signature <a class="header-anchor" href="#index-signature" aria-label="Permalink to &quot;Index Signature&quot;">​</a></h2><p>[<code>key</code>: <code>string</code>]: <code>number</code> | <code>Scalar</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/TfLogs.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TfLogs = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TfLogs as default
};
