//! The currency every money figure of a scenario is written in (`cur`, ISO 4217). Figures are
//! never converted: the plans' default prices are LinkedIn's US list prices in dollars, so
//! under another currency the page asks for the price the rep pays.

use std::fmt;

/// Active ISO 4217 codes a rep may pay LinkedIn in (funds and metals left out).
const CODES: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL";

/// Currencies whose unit is worth well under a US cent to a few cents: a plan's price in them
/// runs to thousands or more, so the price accepts up to 1,000,000 (docs/link-format.md).
const SMALL_UNITS: &str = "AMD ARS CLP COP CRC DZD HUF IDR INR IQD IRR ISK JPY KES KHR KPW KRW KZT LAK LBP LKR MGA MMK MNT MWK NGN PKR PYG RWF SLE SOS SYP TZS UGX UZS VES VND XAF XOF";

/// The most the plan price accepts in a currency of ordinary units, and in one of small units.
pub const PRICE_MAX: f64 = 10_000.0;
pub const PRICE_MAX_SMALL_UNITS: f64 = 1_000_000.0;
/// The most the hour's cost accepts, likewise (docs/link-format.md).
pub const HOURLY_MAX: f64 = 1_000.0;
pub const HOURLY_MAX_SMALL_UNITS: f64 = 100_000.0;

/// Currencies written without decimals (ISO 4217's minor unit 0): a yen has no cents.
const NO_MINOR_UNIT: &str = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF";
/// Currencies written with three decimals (ISO 4217's minor unit 3).
const THREE_DECIMALS: &str = "BHD IQD JOD KWD LYD OMR TND";

/// The currencies offered first in the calculator's list.
pub const COMMON: [&str; 10] = [
    "USD", "EUR", "GBP", "CAD", "AUD", "INR", "CHF", "SEK", "SGD", "JPY",
];

/// A currency by its ISO 4217 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Currency([u8; 3]);

impl Default for Currency {
    fn default() -> Self {
        Currency::USD
    }
}

impl Currency {
    pub const USD: Currency = Currency(*b"USD");

    /// Reads a code, any case (`eur` is `EUR`); `None` for anything that is not an active
    /// ISO 4217 code.
    pub fn parse(text: &str) -> Option<Currency> {
        let code = text.trim().to_ascii_uppercase();
        let bytes: [u8; 3] = code.as_bytes().try_into().ok()?;
        CODES
            .split(' ')
            .any(|c| c == code)
            .then_some(Currency(bytes))
    }

    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("USD")
    }

    pub fn is_usd(self) -> bool {
        self == Currency::USD
    }

    /// Whether one unit is worth well under a dollar, so amounts run a hundred times larger.
    fn small_units(self) -> bool {
        listed(SMALL_UNITS, self)
    }

    /// How many of its units a dollar's worth of figure runs to, roughly: 100 for currencies of
    /// small units, 1 otherwise. A money slider's range grows by it, so a yen price is not past
    /// the slider's end.
    pub fn unit_scale(self) -> f64 {
        if self.small_units() {
            100.0
        } else {
            1.0
        }
    }

    /// The most a plan's price may be in this currency.
    pub fn price_max(self) -> f64 {
        if self.small_units() {
            PRICE_MAX_SMALL_UNITS
        } else {
            PRICE_MAX
        }
    }

    /// The most the rep's hour may cost in this currency.
    pub fn hourly_max(self) -> f64 {
        if self.small_units() {
            HOURLY_MAX_SMALL_UNITS
        } else {
            HOURLY_MAX
        }
    }

    /// Decimals of its minor unit (ISO 4217): 2 for the dollar, 0 for the yen, 3 for the
    /// dinar of Kuwait. Money is rounded and written to these.
    pub fn minor_digits(self) -> u8 {
        if listed(NO_MINOR_UNIT, self) {
            0
        } else if listed(THREE_DECIMALS, self) {
            3
        } else {
            2
        }
    }

    /// The sign a rep reads before an amount in US English, for text built outside the browser
    /// (tests); the page writes money through `Intl.NumberFormat`.
    pub fn symbol(self) -> &'static str {
        match self.code() {
            "USD" => "$",
            "EUR" => "€",
            "GBP" => "£",
            "JPY" => "¥",
            "INR" => "₹",
            _ => "",
        }
    }
}

/// Whether a space-separated list of codes holds this currency's.
fn listed(codes: &str, c: Currency) -> bool {
    codes.split(' ').any(|code| code == c.code())
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_in_any_case_and_only_real_ones() {
        assert_eq!(Currency::parse("eur").unwrap().code(), "EUR");
        assert_eq!(Currency::parse(" GBP ").unwrap().code(), "GBP");
        for bad in ["", "EU", "EURO", "XYZ", "€", "U$D"] {
            assert_eq!(Currency::parse(bad), None, "{bad}");
        }
        for c in COMMON {
            assert!(Currency::parse(c).is_some(), "{c}");
        }
        for c in SMALL_UNITS.split(' ') {
            assert!(
                Currency::parse(c).is_some(),
                "{c} is a small unit but not a code"
            );
        }
    }

    #[test]
    fn small_units_take_a_larger_price() {
        assert_eq!(Currency::parse("INR").unwrap().price_max(), 1_000_000.0);
        assert_eq!(Currency::parse("JPY").unwrap().price_max(), 1_000_000.0);
        assert_eq!(Currency::parse("EUR").unwrap().price_max(), 10_000.0);
        assert_eq!(Currency::parse("INR").unwrap().hourly_max(), 100_000.0);
        assert_eq!(Currency::parse("GBP").unwrap().hourly_max(), 1_000.0);
    }

    #[test]
    fn minor_units_follow_iso_4217() {
        assert_eq!(Currency::USD.minor_digits(), 2);
        assert_eq!(Currency::parse("JPY").unwrap().minor_digits(), 0);
        assert_eq!(Currency::parse("KRW").unwrap().minor_digits(), 0);
        assert_eq!(Currency::parse("KWD").unwrap().minor_digits(), 3);
        for code in NO_MINOR_UNIT.split(' ').chain(THREE_DECIMALS.split(' ')) {
            assert!(Currency::parse(code).is_some(), "{code} is not a code");
        }
    }
}
