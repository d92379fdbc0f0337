//! Result links: the answers as the compact text of a link ([`codec`]),
//! the links found in a fragment or any text ([`finder`]), and the page's
//! address with the links it makes ([`address`]).

pub mod address;
pub mod codec;
pub mod finder;
