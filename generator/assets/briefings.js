// Phones show a table's rows as stacked blocks (assets/briefings.css): each cell is given its
// column's name, which the stylesheet prints before it, so "41" still reads as "Mentions: 41".
// A column without a name (the ¶ links) gives none.
document.querySelectorAll(".data-table table").forEach(function (table) {
  var names = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
    return th.textContent.trim();
  });
  table.querySelectorAll("tbody tr").forEach(function (row) {
    Array.prototype.forEach.call(row.children, function (cell, i) {
      if (!cell.textContent.trim()) cell.classList.add("empty-cell"); // a name over nothing, hidden
      else if (names[i]) cell.setAttribute("data-label", names[i]);
    });
  });
});
