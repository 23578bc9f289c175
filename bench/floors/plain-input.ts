// Floor: a key in a field whose value one number follows, with no framework (bench/floors.bench.ts).
const root = document.getElementById('root');
if (root !== null) {
  root.innerHTML =
    '<div class="results"><input id="field-x" aria-label="Max pods per node" value="30"> <span data-testid="result">210</span></div>';
  const field = root.querySelector('input');
  const result = root.querySelector('span');
  field?.addEventListener('input', () => {
    if (result !== null) result.textContent = String(Number(field.value) * 7);
  });
}
