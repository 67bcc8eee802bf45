// Every action of the cable grammar: each unit that matches part of it sees all of them (they are specialisations of
// one template, parse/state.hpp).
#pragma once

#include "aside_actions.hpp"
#include "date_actions.hpp"
#include "header_actions.hpp"
#include "mail_actions.hpp"
#include "marking_actions.hpp"
#include "state.hpp"
#include "text_actions.hpp"
#include "wrapper_actions.hpp"
