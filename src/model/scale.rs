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
