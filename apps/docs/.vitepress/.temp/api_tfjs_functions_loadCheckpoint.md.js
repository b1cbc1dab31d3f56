import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: loadCheckpoint()","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/functions/loadCheckpoint.md","filePath":"api/tfjs/functions/loadCheckpoint.md"}');
const _sfc_main = { name: "api/tfjs/functions/loadCheckpoint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / loadCheckpoint</p><h1 id="function-loadcheckpoint" tabindex="-1">Function: loadCheckpoint() <a class="header-anchor" href="#function-loadcheckpoint" aria-label="Permalink to &quot;Function: loadCheckpoint()&quot;">​</a></h1><blockquote><p><strong>loadCheckpoint</strong>(<code>source</code>, <code>options?</code>): <code>Promise</code>&lt;<a href="./../interfaces/LoadedCheckpoint"><code>LoadedCheckpoint</code></a>&gt;</p></blockquote><p>Loads a checkpoint written by <a href="./saveCheckpoint">saveCheckpoint</a>. Pass <code>{ model }</code> to load the weights into a model you built yourself (matched by weight name) instead of rebuilding it from the topology.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="source" tabindex="-1">source <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source&quot;">​</a></h3><p><code>string</code> | <code>IOHandler</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><h4 id="model" tabindex="-1">model? <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model?&quot;">​</a></h4><p><code>LayersModel</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/LoadedCheckpoint"><code>LoadedCheckpoint</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/loadCheckpoint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const loadCheckpoint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  loadCheckpoint as default
};
