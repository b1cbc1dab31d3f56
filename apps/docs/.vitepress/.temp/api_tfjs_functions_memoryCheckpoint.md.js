import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: memoryCheckpoint()","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/functions/memoryCheckpoint.md","filePath":"api/tfjs/functions/memoryCheckpoint.md"}');
const _sfc_main = { name: "api/tfjs/functions/memoryCheckpoint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / memoryCheckpoint</p><h1 id="function-memorycheckpoint" tabindex="-1">Function: memoryCheckpoint() <a class="header-anchor" href="#function-memorycheckpoint" aria-label="Permalink to &quot;Function: memoryCheckpoint()&quot;">​</a></h1><blockquote><p><strong>memoryCheckpoint</strong>(): <a href="./../interfaces/MemoryCheckpoint"><code>MemoryCheckpoint</code></a></p></blockquote><p>An in-memory save/load target for <a href="./saveCheckpoint">saveCheckpoint</a> and <a href="./loadCheckpoint">loadCheckpoint</a>. The weight data is copied on save, so later training cannot change what was saved.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MemoryCheckpoint"><code>MemoryCheckpoint</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/memoryCheckpoint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const memoryCheckpoint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  memoryCheckpoint as default
};
