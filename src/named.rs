//! Enums of unit variants written in JSON by name (snake_case), through one table each: the
//! [`named!`] macro and the lookup it calls.

/// Serde for an enum of unit variants through its names as written in JSON (snake_case): one
/// table per enum, whose `match` the compiler checks covers every variant. By hand rather than
/// derived: the derived visitors cost the web app's first visit about 2 KB gzipped more.
macro_rules! named {
    ($t:ident { $($v:ident => $s:literal),* $(,)? }) => {
        impl $t {
            /// Its name in JSON.
            pub fn name(self) -> &'static str {
                match self { $($t::$v => $s),* }
            }
            /// Every variant with its name.
            pub const NAMES: &'static [($t, &'static str)] = &[$(($t::$v, $s)),*];
        }
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.name())
            }
        }
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::named::by_name($t::NAMES, d)
            }
        }
    };
}

pub(crate) use named;

/// The variant a JSON string names, from an enum's table.
pub(crate) fn by_name<'de, T: Copy, D: serde::Deserializer<'de>>(
    names: &'static [(T, &'static str)],
    d: D,
) -> Result<T, D::Error> {
    struct Named<T: 'static>(&'static [(T, &'static str)]);
    impl<T: Copy> serde::de::Visitor<'_> for Named<T> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a name")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
            self.0
                .iter()
                .find(|(_, n)| *n == v)
                .map(|(t, _)| *t)
                .ok_or_else(|| E::unknown_variant(v, &[]))
        }
    }
    d.deserialize_str(Named(names))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::document::{
        DatedFrom, DeadlineKind, FieldName, Role, Rule, Source, SpanKind, Status,
    };
    use crate::encoding::Legacy;

    /// Every name reads back as its variant, and the names are those serde's `snake_case`
    /// gives (the format's JSON did not change when the derive was replaced).
    fn round_trips<T>(names: &[(T, &str)])
    where
        T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug + Copy,
    {
        for (v, n) in names {
            let json = serde_json::to_string(v).expect("writes");
            assert_eq!(json, format!("\"{n}\""));
            assert_eq!(serde_json::from_str::<T>(&json).expect("reads"), *v);
            let snake: String = n.chars().filter(|c| *c != '_').collect();
            assert_eq!(format!("{v:?}").to_lowercase(), snake, "{n}");
        }
        assert!(serde_json::from_str::<T>("\"no_such_name\"").is_err());
        assert!(serde_json::from_str::<T>("3").is_err());
    }

    #[test]
    fn every_named_enum_round_trips_by_its_snake_case_name() {
        round_trips(SpanKind::NAMES);
        round_trips(Source::NAMES);
        round_trips(Role::NAMES);
        round_trips(Rule::NAMES);
        round_trips(DatedFrom::NAMES);
        round_trips(DeadlineKind::NAMES);
        round_trips(Status::NAMES);
        round_trips(FieldName::NAMES);
        round_trips(Legacy::NAMES);
        round_trips(crate::document::Part::NAMES);
    }
}
