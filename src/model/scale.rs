//! Chart scales: round axis tops and positions, so charts read at a glance and the geometry is
//! tested natively like every other figure.

/// The smallest "round" number (1, 2, 2.5 or 5 times a power of ten) at or above `max`; 1 for
/// nothing to show.
pub fn nice_ceiling(max: f64) -> f64 {
    if !max.is_finite() || max <= 0.0 {
        return 1.0;
    }
    let power = 10f64.powf(max.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&v| v >= max * (1.0 - 1e-12))
        .unwrap_or(10.0 * power)
}

/// Round tick values from 0 to `top`: at most `most` steps of a round size (1, 2, 2.5 or 5
/// times a power of ten), and `top` itself when the steps do not land on it, so an axis is
/// labelled from its start to its end.
pub fn ticks(top: f64, most: usize) -> Vec<f64> {
    if !top.is_finite() || top <= 0.0 || most == 0 {
        return vec![0.0];
    }
    let step = nice_ceiling(top / most as f64);
    let steps = (top / step * (1.0 + 1e-9)).floor() as usize;
    let mut out: Vec<f64> = (0..=steps).map(|i| step * i as f64).collect();
    let last = out.last().copied().unwrap_or(0.0);
    // A last step that lands short of `top` by more than half a step gets `top` too; a
    // closer one would crowd its label, so it stands for the end.
    if top - last > step / 2.0 {
        out.push(top);
    }
    out
}

/// Round tick values inside `[low, high]`, for an axis that does not start at 0: at most
/// `most` steps apart by a round size; empty for an empty span.
pub fn ticks_between(low: f64, high: f64, most: usize) -> Vec<f64> {
    if !(low.is_finite() && high.is_finite()) || high <= low || most == 0 {
        return Vec::new();
    }
    let step = nice_ceiling((high - low) / most as f64);
    let first = (low / step - 1e-9).ceil() as i64;
    let last = (high / step + 1e-9).floor() as i64;
    (first..=last).map(|i| step * i as f64).collect()
}

/// The parts of a polyline at or under `ceiling`: the runs to draw, each cut where the line
/// crosses the ceiling, and the spans of x over which the line is above it (to mark as cut).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Clipped {
    pub runs: Vec<Vec<(f64, f64)>>,
    pub above: Vec<(f64, f64)>,
}

/// Cuts the polyline `points` (in data units, x increasing) at `ceiling`.
pub fn under_ceiling(points: &[(f64, f64)], ceiling: f64) -> Clipped {
    let mut out = Clipped::default();
    let mut run: Vec<(f64, f64)> = Vec::new();
    let mut above_from: Option<f64> = None;
    let cross = |a: (f64, f64), b: (f64, f64)| {
        let t = (ceiling - a.1) / (b.1 - a.1);
        (a.0 + t * (b.0 - a.0), ceiling)
    };
    for (i, &p) in points.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| points[j]);
        if p.1 <= ceiling {
            if let (Some(from), Some(b)) = (above_from.take(), before) {
                let at = cross(b, p);
                out.above.push((from, at.0));
                run.push(at);
            }
            run.push(p);
        } else {
            if above_from.is_none() {
                match before {
                    Some(b) if b.1 <= ceiling => {
                        let at = cross(b, p);
                        run.push(at);
                        above_from = Some(at.0);
                    }
                    _ => above_from = Some(p.0),
                }
            }
            if !run.is_empty() {
                out.runs.push(std::mem::take(&mut run));
            }
        }
    }
    if let (Some(from), Some(last)) = (above_from, points.last()) {
        out.above.push((from, last.0));
    }
    if !run.is_empty() {
        out.runs.push(run);
    }
    out
}

/// A linear map from data to chart units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    pub from: (f64, f64),
    pub to: (f64, f64),
}

impl Linear {
    pub fn at(&self, v: f64) -> f64 {
        let span = self.from.1 - self.from.0;
        if span == 0.0 {
            return self.to.0;
        }
        let t = ((v - self.from.0) / span).clamp(0.0, 1.0);
        self.to.0 + t * (self.to.1 - self.to.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round() {
        assert_eq!(nice_ceiling(150.0), 200.0);
        assert_eq!(nice_ceiling(0.9), 1.0);
        assert_eq!(nice_ceiling(23.0), 25.0);
        assert_eq!(nice_ceiling(100.0), 100.0);
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(f64::INFINITY), 1.0);
    }

    #[test]
    fn ticks_are_round_and_reach_the_top() {
        assert_eq!(ticks(60.0, 6), [0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0]);
        assert_eq!(ticks(200.0, 4), [0.0, 50.0, 100.0, 150.0, 200.0]);
        assert_eq!(ticks(1.0, 4), [0.0, 0.25, 0.5, 0.75, 1.0]);
        // 99 % of a high reply rate: steps of 20, then the end itself.
        assert_eq!(ticks(99.0, 6), [0.0, 20.0, 40.0, 60.0, 80.0, 99.0]);
        // An end close to the last step stands for itself.
        assert_eq!(ticks(62.0, 6), [0.0, 20.0, 40.0, 60.0]);
        assert_eq!(ticks(0.0, 4), [0.0]);
        assert_eq!(ticks(f64::NAN, 4), [0.0]);
    }

    #[test]
    fn ticks_between_two_ends_are_round() {
        assert_eq!(ticks_between(4.4, 24.7, 5), [5.0, 10.0, 15.0, 20.0]);
        assert_eq!(ticks_between(0.0, 1.0, 4), [0.0, 0.25, 0.5, 0.75, 1.0]);
        assert_eq!(
            ticks_between(12.0, 13.0, 4),
            [12.0, 12.25, 12.5, 12.75, 13.0]
        );
        assert!(ticks_between(3.0, 3.0, 4).is_empty());
    }

    #[test]
    fn a_falling_curve_is_cut_where_it_leaves_the_axis() {
        let c = under_ceiling(
            &[(1.0, 300.0), (2.0, 150.0), (3.0, 50.0), (4.0, 20.0)],
            100.0,
        );
        assert_eq!(c.above, [(1.0, 2.5)]);
        assert_eq!(c.runs, [vec![(2.5, 100.0), (3.0, 50.0), (4.0, 20.0)]]);
        // All under: one run, nothing cut.
        let all = under_ceiling(&[(0.0, 1.0), (1.0, 2.0)], 2.0);
        assert_eq!(all.runs, [vec![(0.0, 1.0), (1.0, 2.0)]]);
        assert!(all.above.is_empty());
        // Up, over and back down: two runs around one cut span.
        let hump = under_ceiling(&[(0.0, 0.0), (1.0, 20.0), (2.0, 0.0)], 10.0);
        assert_eq!(hump.above, [(0.5, 1.5)]);
        assert_eq!(
            hump.runs,
            [vec![(0.0, 0.0), (0.5, 10.0)], vec![(1.5, 10.0), (2.0, 0.0)]]
        );
        // All over: nothing to draw, everything cut.
        let over = under_ceiling(&[(0.0, 5.0), (1.0, 6.0)], 1.0);
        assert!(over.runs.is_empty());
        assert_eq!(over.above, [(0.0, 1.0)]);
    }

    #[test]
    fn a_scale_maps_and_clamps() {
        let y = Linear {
            from: (0.0, 100.0),
            to: (200.0, 0.0),
        };
        assert_eq!(y.at(50.0), 100.0);
        assert_eq!(y.at(150.0), 0.0);
        assert_eq!(
            Linear {
                from: (1.0, 1.0),
                to: (0.0, 9.0)
            }
            .at(1.0),
            0.0
        );
    }
}
