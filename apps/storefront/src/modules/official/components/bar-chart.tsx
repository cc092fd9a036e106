import type { Bar } from "@/lib/view/official"

type Props = {
  id: string
  title: string
  bars: Bar[]
  columns: { label: string; sales: string; income: string }
  empty: string
}

/**
 * A horizontal bar chart drawn with CSS, over a real table: screen readers read the table (label, sales, income),
 * eyes read the bars (sales, scaled to the largest row). No chart library.
 */
export function BarChart({ id, title, bars, columns, empty }: Props) {
  return (
    <figure className="card bar-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="bar-chart__title">
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="bar-chart__table" data-testid={id}>
          <thead>
            <tr>
              <th scope="col">{columns.label}</th>
              <th scope="col">{columns.sales}</th>
              <th scope="col">{columns.income}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td className="bar-chart__cell">
                  <span className="bar-chart__track" aria-hidden="true">
                    <span
                      className={bar.negative ? "bar-chart__bar bar-chart__bar--negative" : "bar-chart__bar"}
                      style={{ inlineSize: `${bar.percent}%` }}
                    />
                  </span>
                  <span className="bar-chart__value">{bar.value}</span>
                </td>
                <td className="bar-chart__income">{bar.income}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  )
}
