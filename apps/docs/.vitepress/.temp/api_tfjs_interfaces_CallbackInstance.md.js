import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CallbackInstance","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/interfaces/CallbackInstance.md","filePath":"api/tfjs/interfaces/CallbackInstance.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/CallbackInstance.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / CallbackInstance</p><h1 id="interface-callbackinstance" tabindex="-1">Interface: CallbackInstance <a class="header-anchor" href="#interface-callbackinstance" aria-label="Permalink to &quot;Interface: CallbackInstance&quot;">​</a></h1><p>What <code>model.fit</code> needs of a callback instance (tfjs&#39;s BaseCallback).</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="setmodel" tabindex="-1">setModel() <a class="header-anchor" href="#setmodel" aria-label="Permalink to &quot;setModel()&quot;">​</a></h3><blockquote><p><strong>setModel</strong>(<code>model</code>): <code>void</code></p></blockquote><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h5><p><code>unknown</code></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p><hr><h3 id="setparams" tabindex="-1">setParams() <a class="header-anchor" href="#setparams" aria-label="Permalink to &quot;setParams()&quot;">​</a></h3><blockquote><p><strong>setParams</strong>(<code>params</code>): <code>void</code></p></blockquote><h4 id="parameters-1" tabindex="-1">Parameters <a class="header-anchor" href="#parameters-1" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="params" tabindex="-1">params <a class="header-anchor" href="#params" aria-label="Permalink to &quot;params&quot;">​</a></h5><p><code>unknown</code></p><h4 id="returns-1" tabindex="-1">Returns <a class="header-anchor" href="#returns-1" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/CallbackInstance.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CallbackInstance = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CallbackInstance as default
};
