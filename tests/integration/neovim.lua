-- Drives cablelint's language server from real Neovim (built-in LSP client, headless). Run by neovim.sh with
-- CABLELINT_BIN and CABLELINT_CABLE set. Exits 0 when every check holds, 1 otherwise (with the reason on stderr).
local bin = os.getenv('CABLELINT_BIN')
local cable = os.getenv('CABLELINT_CABLE')

local function fail(msg)
  io.stderr:write('neovim.lua: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

local function by_code(diags, code)
  for _, d in ipairs(diags) do
    local c = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if c == code then return d end
  end
  return nil
end

vim.cmd('edit ' .. vim.fn.fnameescape(cable))
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({ cmd = { bin, 'lsp' }, name = 'cablelint', root_dir = vim.fn.fnamemodify(cable, ':h') })
if not client then fail('the server did not start') end
vim.lsp.buf_attach_client(buf, client)

-- 1. On open: the custom rule's finding, after non-ASCII characters (one outside the BMP) on the same line.
local ok = vim.wait(10000, function() return by_code(vim.diagnostic.get(buf), 'X001') ~= nil end, 50)
if not ok then fail('no X001 diagnostic after opening: ' .. vim.inspect(vim.diagnostic.get(buf))) end
local d = by_code(vim.diagnostic.get(buf), 'X001')
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
local want_lnum
for i, l in ipairs(lines) do
  if l:find('XXBADXX', 1, true) then want_lnum = i - 1 end
end
local want_col = lines[want_lnum + 1]:find('XXBADXX', 1, true) - 1   -- byte column, 0-based
if d.lnum ~= want_lnum or d.col ~= want_col or d.end_col ~= want_col + 7 then
  fail(string.format('X001 at %d:%d-%d, expected %d:%d-%d', d.lnum, d.col, d.end_col, want_lnum, want_col, want_col + 7))
end
if d.severity ~= vim.diagnostic.severity.ERROR then fail('X001 severity ' .. tostring(d.severity)) end
local p801 = by_code(vim.diagnostic.get(buf), 'P801')
if not p801 or p801.lnum ~= 99 or p801.col ~= 0 then fail('P801 not at 99:0: ' .. vim.inspect(p801)) end

-- 2. On change: fix the line, the finding goes away; P801 stays.
vim.api.nvim_buf_set_lines(buf, want_lnum, want_lnum + 1, false, { 'Café «résumé» 𝄞 all fixed now.' })
ok = vim.wait(10000, function()
  local ds = vim.diagnostic.get(buf)
  return by_code(ds, 'X001') == nil and by_code(ds, 'P801') ~= nil
end, 50)
if not ok then fail('diagnostics not updated after the edit: ' .. vim.inspect(vim.diagnostic.get(buf))) end

-- 3. A new defect typed in: a DTG of 31 APR, reported at the day.
local dtg_lnum
for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  if l:match('^R 101402Z AUG 09') then dtg_lnum = i - 1 end
end
vim.api.nvim_buf_set_lines(buf, dtg_lnum, dtg_lnum + 1, false, { 'R 311402Z APR 09 ZDK' })
ok = vim.wait(10000, function() return by_code(vim.diagnostic.get(buf), 'D302') ~= nil end, 50)
if not ok then fail('no D302 after typing 31 APR: ' .. vim.inspect(vim.diagnostic.get(buf))) end
local d302 = by_code(vim.diagnostic.get(buf), 'D302')
if d302.lnum ~= dtg_lnum or d302.col ~= 2 then fail('D302 not at the day: ' .. vim.inspect(d302)) end

-- 4. A quick fix, applied the way a user does: the code action menu (vim.ui.select, answered here) on the P802
-- finding (a blank line inside a sentence), and Neovim's own workspace-edit code removes the blank line.
local before_lnum
for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  if l:match('"logistics base" for$') then before_lnum = i - 1 end
end
if not before_lnum then fail('the P802 sentence is not in the buffer') end
ok = vim.wait(10000, function() return by_code(vim.diagnostic.get(buf), 'P802') ~= nil end, 50)
if not ok then fail('no P802 diagnostic: ' .. vim.inspect(vim.diagnostic.get(buf))) end
vim.api.nvim_win_set_cursor(0, { before_lnum + 2, 0 })   -- on the blank line (1-based rows)
local offered = {}
vim.ui.select = function(items, opts, on_choice)
  for _, item in ipairs(items) do
    local action = item[2] or item.action
    table.insert(offered, action.title)
    if action.title:match('^Fix P802') then return on_choice(item) end
  end
  on_choice(nil)
end
vim.lsp.buf.code_action()
ok = vim.wait(10000, function()
  return vim.api.nvim_buf_get_lines(buf, before_lnum + 1, before_lnum + 2, false)[1] == 'U.S. troops in Afghanistan.'
end, 50)
if not ok then fail('the P802 quick fix was not applied; offered: ' .. vim.inspect(offered)) end
ok = vim.wait(10000, function() return by_code(vim.diagnostic.get(buf), 'P802') == nil end, 50)
if not ok then fail('P802 still reported after its fix') end

vim.lsp.stop_client(client)
io.stderr:write('neovim.lua: diagnostics published, positioned in UTF-16, updated on change, a quick fix applied\n')
vim.cmd('qall!')
